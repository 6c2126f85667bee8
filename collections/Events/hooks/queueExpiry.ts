import type { CollectionAfterChangeHook } from 'payload'

/**
 * Queues a refresh of the collection's pages at each of the document's future `dates` (an event's
 * end, a call's deadline), so it leaves the upcoming or open list by itself. Only published
 * saves count: a draft is not on any list. A job for a date that later changed still runs and
 * only refreshes the pages once more.
 */
export const queueExpiry =
  (...dates: string[]): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    if (doc?._status !== 'published' || req.context?.disableRevalidate) return doc
    const now = Date.now()
    for (const field of dates) {
      const value = doc[field]
      const at = typeof value === 'string' ? new Date(value) : null
      if (!at || Number.isNaN(at.getTime()) || at.getTime() <= now) continue
      await req.payload.jobs.queue({
        task: 'expireAtDeadline',
        input: { collection: collection.slug },
        waitUntil: at,
        req,
      })
    }
    return doc
  }
