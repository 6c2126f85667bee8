import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { revalidateContent } from '../lib/revalidate'

/**
 * Pages read whole collections (lists, home, sitemap, feed), so any publish, unpublish, edit of
 * published content or delete expires that collection's tag. Draft-only saves change nothing
 * visitors can see and are skipped.
 */
export const revalidateCollection =
  (...also: string[]): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const visibleNow = doc?._status === undefined || doc._status === 'published'
    const visibleBefore = previousDoc?._status === 'published'
    if (visibleNow || visibleBefore) await revalidateContent(req, collection.slug, ...also)
    return doc
  }

export const revalidateAfterDelete =
  (...also: string[]): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    await revalidateContent(req, collection.slug, ...also)
    return doc
  }

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await revalidateContent(req, global.slug)
  return doc
}
