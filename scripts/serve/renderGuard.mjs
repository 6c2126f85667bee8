// Next's publish race: a page, or a cached read, whose render began before a publish expired it
// and which is stored after the expiry is taken as fresh, though it may hold what the publish
// replaced; it then hides the publish until the next expiry (seen in the scale-out rehearsal:
// one locale old for over 10 s). Next stamps an entry with the moment it is stored, not the
// moment its render began. So each request through Next carries the moment it began, and what a
// request that began before the latest expiry (here, or heard from another instance) would store
// is not stored: the next request renders again. Its own visitor still gets what was rendered.
import { AsyncLocalStorage } from 'node:async_hooks'

import { forEachNextCache } from './nextCaches.mjs'

// No render runs this long. A context older than this is not a render's but one a timer or a
// connection inherited from the request that created it (Payload's job schedule, made during the
// first request): what runs there later is stored as if outside any request.
const LONGEST_RENDER_MS = 60_000

/** @param {{ now?: () => number, onDrop?: () => void }} [options] */
export function createRenderGuard({ now = () => performance.now(), onDrop = () => {} } = {}) {
  /** @type {AsyncLocalStorage<number>} */
  const began = new AsyncLocalStorage()
  let lastExpiry = -Infinity
  const mayStore = () => {
    const at = began.getStore()
    return at === undefined || at > lastExpiry || now() - at > LONGEST_RENDER_MS
  }
  return {
    /**
     * Runs a request's handling, which began now.
     * @template T
     * @param {() => T} handle
     */
    run(handle) {
      return began.run(now(), handle)
    },
    /** An expiry starts or ends (both: a render may read the cache while it is under way). */
    expired() {
      lastExpiry = now()
    },
    /** Whether what the current request made may be stored; outside a request it may. */
    mayStore,
    /**
     * Wraps a cache's `set(key, data, ctx)` so that it stores only what `mayStore` allows.
     * @param {{ set: (...args: any[]) => Promise<unknown> }} proto
     */
    guard(proto) {
      const original = proto.set
      if (typeof original !== 'function') return
      proto.set = async function set(key, data, ...rest) {
        if (data != null && !mayStore()) {
          onDrop()
          return
        }
        return original.call(this, key, data, ...rest)
      }
    },
  }
}

/**
 * Guards every IncrementalCache class Next stores pages and cached reads through
 * (./nextCaches.mjs); false when this Next has none to follow.
 * @param {ReturnType<typeof createRenderGuard>} renderGuard
 */
export function guardNextCache(renderGuard) {
  return forEachNextCache((proto) => renderGuard.guard(proto))
}
