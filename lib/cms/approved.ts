import { defaultLocale, type Locale } from '../../i18n/locales'
import { servedLocales, visitorStatesOf, workflowSelect } from '../translation'
import { keptApproval, withText } from '../translation/approvedText'
import type { ApprovedText } from '../translation/state'
import type { TranslatableCollection } from '../translation/targets'
import { payloadClient } from './client'

type WithId = { id: number | string }

/**
 * The ids among `ids` whose own text visitors get in `locale`: an approved (current or outdated)
 * translation, with the text approved before where a re-edit awaits approval (no drafts). The
 * others are served in English, exactly like a missing translation.
 */
export async function servedIn(
  collection: TranslatableCollection,
  locale: Locale,
  ids: (number | string)[],
): Promise<Map<number | string, ApprovedText | undefined>> {
  if (locale === defaultLocale || !ids.length) return new Map(ids.map((id) => [id, undefined]))
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    overrideAccess: false,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: workflowSelect(collection) as never,
  })
  return new Map(
    (docs as unknown as (WithId & { translationApproval?: unknown })[])
      .filter((doc) => servedLocales(visitorStatesOf(collection, doc)).includes(locale))
      .map((doc) => [doc.id, keptApproval(doc.translationApproval, locale)]),
  )
}

/**
 * A list read in `locale` with each unapproved translation replaced by its English text, read
 * again by `readIn(defaultLocale, ids)` with the same query, or by the text approved before a
 * re-edit that awaits approval. Order and paging stay the list's.
 */
export async function withApprovedText<T extends WithId>(
  collection: TranslatableCollection,
  locale: Locale,
  docs: T[],
  readIn: (locale: Locale, ids: (number | string)[]) => Promise<T[]>,
): Promise<T[]> {
  if (locale === defaultLocale || !docs.length) return docs
  const served = await servedIn(
    collection,
    locale,
    docs.map((d) => d.id),
  )
  const english = docs.filter((d) => !served.has(d.id)).map((d) => d.id)
  const replacements = new Map(
    english.length ? (await readIn(defaultLocale, english)).map((d) => [d.id, d]) : [],
  )
  const fields = (await payloadClient()).collections[collection].config.flattenedFields
  return docs.map((doc) => {
    const kept = served.get(doc.id)
    if (kept) return withText(fields, doc as never, kept.text) as unknown as T
    return replacements.get(doc.id) ?? doc
  })
}
