import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
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
  const before = operation === 'create' ? null : (previousDoc as ReleaseState)
  const slugs = [...(await storedSlugs(req, doc.id)), String(before?.slug ?? '')]
  await revalidateTags(req, await pressTagsFor(req, before, doc as ReleaseState, slugs))
  return doc
}

const slugsKey = (id: number | string) => `pressSlugs:${String(id)}`

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
