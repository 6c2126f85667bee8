/** @jest-environment node */
import { forEachNextCache } from '../../scripts/serve/nextCaches.mjs'

/** The copy of IncrementalCache a compiled runtime of Next carries, as far as the server sees it. */
class RuntimeCopy {
  async set() {}
  async revalidateTag() {}
}
const host = globalThis as { __incrementalCache?: unknown }

describe("Next's cache classes", () => {
  it("are each patched once: the server's at once, a runtime's when its first cache is made", async () => {
    const { default: incremental } = await import('next/dist/server/lib/incremental-cache/index.js')
    const server = incremental.IncrementalCache.prototype
    const met: object[] = []
    expect(await forEachNextCache((proto) => void met.push(proto))).toBe(true)
    expect(met).toEqual([server])

    host.__incrementalCache = new RuntimeCopy()
    host.__incrementalCache = new RuntimeCopy()
    expect(met).toEqual([server, RuntimeCopy.prototype])
    // Next reads back what it assigned.
    expect(host.__incrementalCache).toBeInstanceOf(RuntimeCopy)

    // A patch asked for later reaches the classes met before it.
    const late: object[] = []
    await forEachNextCache((proto) => void late.push(proto))
    expect(late).toEqual([server, RuntimeCopy.prototype])
  })
})
