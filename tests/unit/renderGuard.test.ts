/** @jest-environment node */
import { createRenderGuard, guardNextCache } from '../../scripts/serve/renderGuard.mjs'

/** A cache like Next's IncrementalCache: `set(key, data, ctx)`, here keeping what it stored. */
class Cache {
  stored: string[] = []
  async set(key: string, data: unknown) {
    if (data != null) this.stored.push(key)
  }
}

/** A clock that moves only when told, so "before" and "after" do not depend on the machine. */
function setup() {
  let time = 0
  const dropped: number[] = []
  const guard = createRenderGuard({ now: () => time, onDrop: () => dropped.push(time) })
  const cache = new Cache()
  guard.guard(Cache.prototype)
  return { guard, cache, dropped, tick: () => void (time += 1) }
}

describe('renders begun before a publish', () => {
  const original = Cache.prototype.set
  afterEach(() => {
    Cache.prototype.set = original
  })

  it('are not stored when an expiry came while they rendered; later ones are', async () => {
    const { guard, cache, dropped, tick } = setup()
    let finishEarly: () => void = () => {}
    const early = guard.run(async () => {
      // Renders with what the database held before the publish…
      await new Promise<void>((resolve) => (finishEarly = resolve))
      // …and is done after the publish expired the page.
      await cache.set('/en/press/a', { html: 'old' })
    })
    tick()
    guard.expired()
    tick()
    const late = guard.run(() => cache.set('/en/press/a', { html: 'new' }))
    finishEarly()
    await Promise.all([early, late])
    expect(cache.stored).toEqual(['/en/press/a'])
    expect(dropped).toHaveLength(1)
  })

  it('follow a render into what it starts in the background', async () => {
    const { guard, cache, tick } = setup()
    let background: Promise<void> = Promise.resolve()
    guard.run(() => {
      background = new Promise<void>((resolve) => setTimeout(resolve, 5)).then(() =>
        cache.set('/cs/tisk', { html: 'old' }),
      )
    })
    tick()
    guard.expired()
    await background
    expect(cache.stored).toEqual([])
  })

  it('leave what is stored outside a request, a request with no expiry since, and deletions alone', async () => {
    const { guard, cache, dropped, tick } = setup()
    guard.expired()
    tick()
    await cache.set('/build-time', { html: 'x' })
    await guard.run(() => cache.set('/after', { html: 'y' }))
    await guard.run(async () => {
      tick()
      guard.expired()
      await cache.set('/deleted', null)
    })
    expect(cache.stored).toEqual(['/build-time', '/after'])
    expect(dropped).toEqual([])
  })

  it('leave what a timer made in a long-gone request stores later, as outside any request', async () => {
    let time = 0
    const guard = createRenderGuard({ now: () => time })
    const cache = new Cache()
    guard.guard(Cache.prototype)
    let fire: () => Promise<void> = async () => {}
    // A schedule created while the first request ran keeps that request's context for good.
    guard.run(() => {
      fire = () => new Promise((resolve) => setImmediate(() => resolve(cache.set('/job', {}))))
    })
    time = 10
    guard.expired()
    time = 10 + 60_001
    await fire()
    expect(cache.stored).toEqual(['/job'])
  })

  it("find the cache Next's server stores through", async () => {
    const incremental = await import('next/dist/server/lib/incremental-cache/index.js')
    const proto = incremental.IncrementalCache.prototype
    const before = proto.set
    try {
      expect(await guardNextCache(createRenderGuard())).toBe(true)
      expect(proto.set).not.toBe(before)
    } finally {
      proto.set = before
    }
  })
})
