import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { revalidateTags } from '../../../lib/revalidate'
import { pressTagsFor, type ReleaseState, storedSlugs } from './pressTagsFor'

/**
 * A publish, unpublish or edit expires only what it changes (pressTagsFor), so a new release
 * does not send ten years of release pages back to be rendered. Autosaves and new drafts write
 * only a draft and are skipped, as for the other collections (hooks/revalidate.ts).
 */
export const revalidatePressRelease: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const autosave = String(req.query?.autosave) === 'true'
  const newDraft = operation === 'create' && doc?._status === 'draft'
  if (autosave || newDraft || req.context?.disableRevalidate) return doc
  const before =
    operation === 'create'
      ? null
      : ((req.context[publishedKey(doc.id)] as ReleaseState | null | undefined) ??
        (previousDoc as ReleaseState))
  const slugs = [...(await storedSlugs(req, doc.id)), String(before?.slug ?? '')]
  await revalidateTags(req, await pressTagsFor(req, before, doc as ReleaseState, slugs))
  return doc
}

const slugsKey = (id: number | string) => `pressSlugs:${String(id)}`
const publishedKey = (id: number | string) => `pressPublished:${String(id)}`

/**
 * What visitors saw before this save: the document's own row (with drafts, the published
 * state), not `previousDoc`, which is the newest draft when a draft was saved after the publish
 * (unpublishing such a release must still take it off the lists and feed).
 */
export const rememberPublishedState: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || req.context?.disableRevalidate) return data
  const row = (await req.payload.db.findOne({
    collection: 'press-releases',
    where: { id: { equals: originalDoc.id } },
    req,
  })) as ReleaseState | null
  req.context[publishedKey(originalDoc.id)] = row
    ? { id: row.id, _status: row._status, publishedAt: row.publishedAt, createdAt: row.createdAt }
    : null
  return data
}

/** After a delete the slugs of the other locales cannot be read any more: read them before. */
export const rememberPressSlugs: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.context?.disableRevalidate) req.context[slugsKey(id)] = await storedSlugs(req, id)
}

export const revalidateDeletedPressRelease: CollectionAfterDeleteHook = async ({
  doc,
  id,
  req,
}) => {
  if (req.context?.disableRevalidate) return doc
  const slugs = (req.context[slugsKey(id)] as string[] | undefined) ?? [String(doc?.slug ?? '')]
  await revalidateTags(req, await pressTagsFor(req, doc as ReleaseState, null, slugs))
  return doc
}
