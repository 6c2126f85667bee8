// Next stores and expires pages through an IncrementalCache it makes per request, from the class
// of whichever code serves that request: its server's own (next/dist/server/lib/incremental-cache)
// or the copy bundled into a compiled runtime (app pages are served by
// `next/dist/compiled/next-server/app-page*.runtime.prod.js`, whose copy is another class). Each
// cache is assigned to `globalThis.__incrementalCache` as soon as it is made, before it is used,
// so that assignment is where every class is met.

/** @typedef {Record<string, any>} CacheProto */

/** @type {CacheProto[]} */
const classes = []
/** @type {((proto: CacheProto) => void)[]} */
const patches = []
let watching = false

/** @param {CacheProto | null | undefined} proto */
function meet(proto) {
  if (!proto || classes.includes(proto)) return
  classes.push(proto)
  for (const patch of patches) patch(proto)
}

/**
 * Calls `patch` once with the prototype of every IncrementalCache class Next uses in this
 * process: the server's own at once, each runtime's when its first cache is made.
 * @param {(proto: CacheProto) => void} patch
 * @returns {Promise<boolean>} false when this Next has no such class to follow
 */
export async function forEachNextCache(patch) {
  // Next's module itself (CommonJS, the one its server loaded), not a copy: `next` stays outside
  // the standalone bundle (scripts/standalone.mjs). Imported once Next is prepared: loaded
  // earlier, its server modules find no AsyncLocalStorage yet and throw.
  const { default: incrementalCache } =
    await import('next/dist/server/lib/incremental-cache/index.js')
  const serverProto = incrementalCache.IncrementalCache?.prototype
  if (typeof serverProto?.revalidateTag !== 'function' || typeof serverProto.set !== 'function')
    return false
  patches.push(patch)
  for (const proto of classes) patch(proto)
  if (!watching) {
    watching = true
    const host = /** @type {any} */ (globalThis)
    let current = host.__incrementalCache
    Object.defineProperty(globalThis, '__incrementalCache', {
      configurable: true,
      get: () => current,
      set: (cache) => {
        current = cache
        if (cache) meet(Object.getPrototypeOf(cache))
      },
    })
    if (current) meet(Object.getPrototypeOf(current))
  }
  meet(serverProto)
  return true
}
