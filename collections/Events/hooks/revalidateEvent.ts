import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { eventTags } from '../../../lib/cacheTags'
import { revalidateTags } from '../../../lib/revalidate'
import { storedSlugs } from '../../PressReleases/hooks/pressTagsFor'

type EventState = { _status?: string | null } | null

/**
 * What a change to one event makes stale: its pages under every slug it had or has, and, when
 * it was or is published, every list (the lists show its title, dates and place). Other events'
 * pages stay cached.
 */
export function eventTagsFor(before: EventState, after: EventState, slugs: string[]): string[] {
  const tags = new Set(slugs.filter(Boolean).map(eventTags.slug))
  if (before?._status === 'published' || after?._status === 'published') tags.add(eventTags.lists)
  return [...tags]
}

const publishedKey = (id: number | string) => `eventPublished:${String(id)}`
const slugsKey = (id: number | string) => `eventSlugs:${String(id)}`

/**
 * Whether visitors saw the event before this save: its own row (with drafts, the published
 * state), not `previousDoc`, which is the newest draft when a draft was saved after the publish.
 */
export const rememberEventState: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || req.context?.disableRevalidate) return data
  const row = (await req.payload.db.findOne({
    collection: 'events',
    where: { id: { equals: originalDoc.id } },
    req,
  })) as EventState
  req.context[publishedKey(originalDoc.id)] = row ? { _status: row._status } : null
  return data
}

/** Publish, unpublish and edits (autosaves and new drafts write only a draft: skipped). */
export const revalidateEvent: CollectionAfterChangeHook = async ({
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
      : ((req.context[publishedKey(doc.id)] as EventState | undefined) ??
        (previousDoc as EventState))
  const slugs = [...(await storedSlugs(req, doc.id, 'events')), String(previousDoc?.slug ?? '')]
  await revalidateTags(req, eventTagsFor(before, doc, slugs))
  return doc
}

/** After a delete the slugs of the other locales cannot be read any more: read them before. */
export const rememberEventSlugs: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.context?.disableRevalidate)
    req.context[slugsKey(id)] = await storedSlugs(req, id, 'events')
}

export const revalidateDeletedEvent: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
  if (req.context?.disableRevalidate) return doc
  const slugs = (req.context[slugsKey(id)] as string[] | undefined) ?? [String(doc?.slug ?? '')]
  await revalidateTags(req, eventTagsFor(doc, null, slugs))
  return doc
}
