// Tells the server when Next expires cached pages in this process. Every revalidateTag and
// revalidatePath of the app (a publish, /api/revalidate) ends in one method of the
// IncrementalCache instance Next's server made (`revalidateTag(tags, durations)`), whatever cache
// handler sits below it (Next's file system cache, or lib/deploy/cacheHandler.mjs with Redis);
// the server wraps that method. `onExpire` is called when an expiry starts ('start') and again
// once Next's cache has it ('done'), so a page read from the cache in between is never taken as
// fresh, and other instances are told only once the shared cache has it too.

/**
 * @param {(tags: string[], phase: 'start' | 'done') => void | Promise<void>} onExpire
 * @returns {Promise<boolean>} false when this Next has no such method (the copy then stays off)
 */
export async function onNextExpiry(onExpire) {
  // Next's module itself (CommonJS, the one its server loaded), not a copy: `next` stays outside
  // the standalone bundle (scripts/standalone.mjs). Imported once Next is prepared: loaded
  // earlier, its server modules find no AsyncLocalStorage yet and throw.
  const { default: incrementalCache } =
    await import('next/dist/server/lib/incremental-cache/index.js')
  const { IncrementalCache } = incrementalCache
  const proto = IncrementalCache?.prototype
  const original = proto?.revalidateTag
  if (typeof original !== 'function') return false
  proto.revalidateTag = async function revalidateTag(tags, ...rest) {
    const list = typeof tags === 'string' ? [tags] : [...(tags ?? [])]
    await onExpire(list, 'start')
    try {
      return await original.call(this, tags, ...rest)
    } finally {
      await onExpire(list, 'done')
    }
  }
  return true
}
