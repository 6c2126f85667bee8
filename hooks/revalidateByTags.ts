import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { storedSlugs } from '../collections/PressReleases/hooks/pressTagsFor'
import { revalidateTags } from '../lib/revalidate'

type Collection = 'press-releases' | 'events'

/**
 * The four hooks of a collection whose saves expire only the tags they change (each document's
 * pages under every slug it had or has, and the lists it was or is on), where `tagsFor` says
 * which. Autosaves and new drafts write only a draft and are skipped, as in ./revalidate.ts.
 *
 * "Before" is what visitors saw: the document's own row (with drafts, the published state), read
 * before the save, not `previousDoc`, which is the newest draft when a draft was saved after the
 * publish (unpublishing it must still take it off the lists). A delete reads the slugs of every
 * locale first: afterwards they cannot be read any more.
 */
export function revalidateByTags<State>({
  collection,
  stateOf,
  tagsFor,
}: {
  collection: Collection
  /** What of the stored row `tagsFor` needs. */
  stateOf: (row: Record<string, unknown>) => State
  tagsFor: (
    req: PayloadRequest,
    before: State | null,
    after: State | null,
    slugs: string[],
  ) => string[] | Promise<string[]>
}) {
  const publishedKey = (id: number | string) => `${collection}:published:${String(id)}`
  const slugsKey = (id: number | string) => `${collection}:slugs:${String(id)}`

  const rememberPublished: CollectionBeforeChangeHook = async ({
    data,
    operation,
    originalDoc,
    req,
  }) => {
    if (operation !== 'update' || !originalDoc?.id || req.context?.disableRevalidate) return data
    const row = (await req.payload.db.findOne({
      collection,
      where: { id: { equals: originalDoc.id } },
      req,
    })) as Record<string, unknown> | null
    req.context[publishedKey(originalDoc.id)] = row ? stateOf(row) : null
    return data
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    const autosave = String(req.query?.autosave) === 'true'
    const newDraft = operation === 'create' && doc?._status === 'draft'
    if (autosave || newDraft || req.context?.disableRevalidate) return doc
    const before =
      operation === 'create'
        ? null
        : ((req.context[publishedKey(doc.id)] as State | null | undefined) ??
          (previousDoc as State))
    const slugs = [...(await storedSlugs(req, doc.id, collection)), String(previousDoc?.slug ?? '')]
    await revalidateTags(req, await tagsFor(req, before, doc as State, slugs))
    return doc
  }

  const rememberSlugs: CollectionBeforeDeleteHook = async ({ id, req }) => {
    if (!req.context?.disableRevalidate)
      req.context[slugsKey(id)] = await storedSlugs(req, id, collection)
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
    if (req.context?.disableRevalidate) return doc
    const slugs = (req.context[slugsKey(id)] as string[] | undefined) ?? [String(doc?.slug ?? '')]
    await revalidateTags(req, await tagsFor(req, doc as State, null, slugs))
    return doc
  }

  return {
    beforeChange: [rememberPublished],
    afterChange: [afterChange],
    beforeDelete: [rememberSlugs],
    afterDelete: [afterDelete],
  }
}
