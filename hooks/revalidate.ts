import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { revalidateContent } from '../lib/revalidate'

/**
 * Pages read whole collections (lists, home, sitemap, feed), so any change visitors may see
 * expires that collection's tag. Autosaves and new drafts only write a draft and are skipped
 * (autosaves come every few seconds while an editor types). Other saves cannot always tell a
 * draft from an unpublish (after an autosave `previousDoc` is that draft), so they expire the tag.
 */
export const revalidateCollection =
  (...also: string[]): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    const autosave = String(req.query?.autosave) === 'true'
    // The admin creates a new draft as soon as an editor opens "Create new": nothing public yet.
    const newDraft = operation === 'create' && doc?._status === 'draft'
    if (!autosave && !newDraft) await revalidateContent(req, collection.slug, ...also)
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
