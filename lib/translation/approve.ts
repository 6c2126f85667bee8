import {
  createLocalReq,
  type FlattenedField,
  Forbidden,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { eventTagsFor } from '../../collections/Events/hooks/revalidateEvent'
import { pressTagsFor, storedSlugs } from '../../collections/PressReleases/hooks/pressTagsFor'
import { revalidateContent, revalidateTags } from '../revalidate'
import { searchRecord } from '../search/plugin'

import { defaultLocale, type Locale } from '../../i18n/locales'
import { mayEditLocale } from './access'
import { APPROVE_CONTEXT, AWAIT_CONTEXT } from './field'
import { type WorkflowState } from './state'
import {
  type TranslatableCollection,
  type TranslatableGlobal,
  translatableCollections,
} from './targets'
import { statesOf } from './status'

/** The language has no text to approve (the endpoint answers 400 with a localized message). */
export class NothingToApprove extends Error {}

/** One translatable document: a collection's document by id, or a global. */
export type TranslationTarget =
  { collection: TranslatableCollection; id: number | string } | { global: TranslatableGlobal }

type Args = {
  payload: Payload
  target: TranslationTarget
  locale: Locale
  user: PayloadRequest['user']
}

function check({ target, locale, user }: Omit<Args, 'payload'>) {
  if (locale === defaultLocale || !mayEditLocale(user, locale)) throw new Forbidden()
  return target
}

/**
 * Approves one translation (one document, one language) and makes it public in that language
 * alone: the translator of that language, an editor or an admin may. In a collection with drafts
 * the latest draft's text of that language is published with `publishSpecificLocale`, so the
 * English draft and other languages stay as they are; a document never published keeps it approved
 * in its draft, public once the editors publish. Without drafts the text is already stored and the
 * approval alone lets visitors see it. Refuses a language with no text. Revalidation runs through
 * the collection's own afterChange hook.
 */
export async function approve(args: Args): Promise<WorkflowState> {
  const { payload, locale, user } = args
  const target = check(args)
  const context = { [APPROVE_CONTEXT]: locale }
  const before = await status({ payload, target, draft: true })
  if (before[locale] === 'missing') throw new NothingToApprove()
  if ('global' in target) {
    await payload.updateGlobal({ slug: target.global, locale, data: {}, user, context })
  } else {
    const { collection, id } = target
    if (translatableCollections[collection].drafts) {
      await payload.update({ collection, id, locale, data: {}, draft: true, user, context })
      await publishLocale(payload, collection, id, locale)
    } else {
      await payload.update({ collection, id, locale, data: {}, user, context })
    }
  }
  return (await status({ payload, target, draft: true }))[locale]
}

/**
 * Marks a translation as awaiting approval although its text may not have changed (an XLIFF
 * import of identical text still needs a human's approval). Any save that changes a language's
 * text does this by itself (./field.ts).
 */
export async function markAwaitingApproval(args: Args): Promise<void> {
  const { payload, locale, user } = args
  const target = check(args)
  const context = { [AWAIT_CONTEXT]: locale }
  if ('global' in target)
    await payload.updateGlobal({ slug: target.global, locale, data: {}, user, context })
  else
    await payload.update({
      collection: target.collection,
      id: target.id,
      locale,
      data: {},
      draft: translatableCollections[target.collection].drafts,
      user,
      context,
    })
}

/** Each language's workflow state; `draft: true` reads the editors' view (latest draft). */
export async function status(args: {
  payload: Payload
  target: TranslationTarget
  draft?: boolean
  /** Read with this user's rights (overrideAccess: false); without one, the server's. */
  user?: PayloadRequest['user']
}): Promise<Record<Locale, WorkflowState>> {
  const { payload, target, draft = false, user } = args
  const as = user ? { user, overrideAccess: false } : {}
  const doc =
    'global' in target
      ? await payload.findGlobal({ slug: target.global, locale: 'all', depth: 0, draft, ...as })
      : await payload.findByID({
          collection: target.collection,
          id: target.id,
          locale: 'all',
          depth: 0,
          draft,
          ...as,
        })
  return statesOf('global' in target ? target.global : target.collection, doc)
}

/**
 * Puts one language of the latest draft into the published document, leaving every other language
 * and every non-localized field as published. Payload 3.90's `publishSpecificLocale` without the
 * experimental `localizeStatus` reads the published version flattened to one locale and loses the
 * others (docs/translation.md), so the merge is done here, on the shape both database adapters
 * store: localized values as `{ en, lt, … }`. A document never published stays a draft: its
 * approval is recorded in the draft and goes public with the editors' first publish.
 */
export async function publishLocale(
  payload: Payload,
  collection: TranslatableCollection,
  id: number | string,
  locale: Locale,
  /** The request whose transaction is open (a hook), so that SQLite's one writer is not awaited. */
  req?: PayloadRequest,
) {
  const published = (await payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as Record<string, unknown> | null
  if (published?._status !== 'published') return
  const draft = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    req,
  })) as unknown as Record<string, unknown>
  const fields = payload.collections[collection].config.flattenedFields
  const merged = withLocaleOf(fields, published, draft, locale)
  await payload.db.updateOne({ collection, id, data: merged, req })
  await reindex(payload, collection, id, locale, req)
  const request = req ?? (await createLocalReq({}, payload))
  await revalidateContent(request, collection)
  // Press reads carry their own narrow tags (lib/cacheTags.ts), not the collection's: expire the
  // release's pages, the list page it is on and its sitemap month.
  if (collection === 'press-releases') {
    const release = { ...merged, id } as Parameters<typeof pressTagsFor>[1]
    const slugs = await storedSlugs(request, id)
    await revalidateTags(request, await pressTagsFor(request, release, release, slugs))
  }
  // So do events': the event's pages and the lists (which show its title in this language).
  if (collection === 'events') {
    const slugs = await storedSlugs(request, id, 'events')
    await revalidateTags(request, eventTagsFor(merged, merged, slugs))
  }
}

/** The search plugin syncs on saves; the write above is none, so its record is renewed here. */
async function reindex(
  payload: Payload,
  collection: TranslatableCollection,
  id: number | string,
  locale: Locale,
  req?: PayloadRequest,
) {
  const { docs } = await payload.find({
    collection: 'search',
    req,
    where: {
      and: [{ 'doc.value': { equals: id } }, { 'doc.relationTo': { equals: collection } }],
    },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  if (!docs[0]) return
  const doc = await payload.findByID({ collection, id, locale, depth: 0, req })
  await payload.update({
    collection: 'search',
    id: docs[0].id,
    locale,
    req,
    data: searchRecord(collection, doc as unknown as Record<string, unknown>) as never,
  })
}

/** `published` with `locale`'s values of every localized field taken from `draft`. */
function withLocaleOf(
  fields: FlattenedField[],
  published: Record<string, unknown>,
  draft: Record<string, unknown>,
  locale: Locale,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...published }
  for (const field of fields) {
    const mine = (draft[field.name] ?? {}) as Record<string, unknown>
    const theirs = (published[field.name] ?? {}) as Record<string, unknown>
    if ('localized' in field && field.localized)
      merged[field.name] = { ...theirs, [locale]: mine[locale] ?? null }
    else if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field)
      merged[field.name] = withLocaleOf(field.flattenedFields, theirs, mine, locale)
  }
  return merged
}
