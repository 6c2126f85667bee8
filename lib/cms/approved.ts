import { defaultLocale, type Locale } from '../../i18n/locales'
import { servedLocales, statesOf, workflowSelect } from '../translation'
import type { TranslatableCollection } from '../translation/targets'
import { payloadClient } from './client'

type WithId = { id: number | string }

/**
 * The ids among `ids` whose own text visitors get in `locale`: an approved (current or outdated)
 * translation. The others are served in English, exactly like a missing translation.
 */
export async function servedIn(
  collection: TranslatableCollection,
  locale: Locale,
  ids: (number | string)[],
): Promise<Set<number | string>> {
  if (locale === defaultLocale || !ids.length) return new Set(ids)
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
  return new Set(
    (docs as unknown as WithId[])
      .filter((doc) => servedLocales(statesOf(collection, doc)).includes(locale))
      .map((doc) => doc.id),
  )
}

/**
 * A list read in `locale` with each unapproved translation replaced by its English text, read
 * again by `readIn(defaultLocale, ids)` with the same query. Order and paging stay the list's.
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
  if (!english.length) return docs
  const replacements = new Map((await readIn(defaultLocale, english)).map((d) => [d.id, d]))
  return docs.map((doc) => replacements.get(doc.id) ?? doc)
}
