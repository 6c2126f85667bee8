import { Forbidden, type Payload, type PayloadRequest } from 'payload'

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
      const draft = await payload.findByID({
        collection,
        id,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
      })
      const published = await payload.find({
        collection,
        where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
        limit: 1,
        depth: 0,
        pagination: false,
      })
      const localized = localizedData(
        payload,
        collection,
        draft as unknown as Record<string, unknown>,
      )
      if (published.docs.length)
        await payload.update({
          collection,
          id,
          locale,
          data: localized as never,
          draft: false,
          publishSpecificLocale: locale,
          user,
          context,
        })
      else
        await payload.update({
          collection,
          id,
          locale,
          data: localized as never,
          draft: true,
          user,
          context,
        })
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
}): Promise<Record<Locale, WorkflowState>> {
  const { payload, target, draft = false } = args
  const doc =
    'global' in target
      ? await payload.findGlobal({ slug: target.global, locale: 'all', depth: 0, draft })
      : await payload.findByID({
          collection: target.collection,
          id: target.id,
          locale: 'all',
          depth: 0,
          draft,
        })
  return statesOf('global' in target ? target.global : target.collection, doc)
}

/** The localized top-level values of a document read in one locale. */
function localizedData(
  payload: Payload,
  collection: TranslatableCollection,
  doc: Record<string, unknown>,
) {
  const fields = payload.collections[collection].config.fields
  return Object.fromEntries(
    fields
      .filter(
        (f) => 'name' in f && 'localized' in f && f.localized && f.name !== 'translationApproval',
      )
      .map((f) => [(f as { name: string }).name, doc[(f as { name: string }).name]]),
  )
}
