// Tells the server when Next expires cached pages in this process. Every revalidateTag and
// revalidatePath of the app (a publish, /api/revalidate) ends in one method of an
// IncrementalCache (`revalidateTag(tags, durations)`), whatever cache handler sits below it
// (Next's file system cache, or lib/deploy/cacheHandler.mjs with Redis); the server wraps that
// method in every IncrementalCache class Next uses (./nextCaches.mjs). `onExpire` is called when an expiry starts ('start') and again
// once Next's cache has it ('done'), so a page read from the cache in between is never taken as
// fresh, and other instances are told only once the shared cache has it too.

import { forEachNextCache } from './nextCaches.mjs'

/**
 * @param {(tags: string[], phase: 'start' | 'done') => void | Promise<void>} onExpire
 * @returns {Promise<boolean>} false when this Next has no such method (the copy then stays off)
 */
export async function onNextExpiry(onExpire) {
  return forEachNextCache((proto) => {
    const original = proto.revalidateTag
    if (typeof original !== 'function') return
    proto.revalidateTag = async function revalidateTag(
      /** @type {string | string[]} */ tags,
      /** @type {unknown[]} */ ...rest
    ) {
      const list = typeof tags === 'string' ? [tags] : [...(tags ?? [])]
      await onExpire(list, 'start')
      try {
        return await original.call(this, tags, ...rest)
      } finally {
        await onExpire(list, 'done')
      }
    }
  })
}
