import { z } from 'zod'

import { defaultLocale, type Locale } from '../../i18n/locales'
import { foldText } from '../search/fold'
import { payloadClient } from './client'

export const SEARCH_PAGE_SIZE = 10

/** What the search page accepts from the query string; anything else is read as no query. */
export const searchParamsSchema = z.object({
  // Longer queries are cut rather than dropped, so the box keeps what the visitor typed.
  q: z
    .string()
    .transform((q) => q.slice(0, 200))
    .catch(''),
  page: z.coerce.number().int().min(1).max(100).catch(1),
})

export type SearchHit = {
  id: string | number
  collection: string
  slug: string
  title: string
  excerpt: string
  /** The match is in the English text: this locale has no translation of the document. */
  english: boolean
}

export type SearchResult =
  | { status: 'empty' | 'too-short' }
  | { status: 'ok'; hits: SearchHit[]; total: number; page: number; pages: number }

type IndexRecord = {
  id: string | number
  doc: { relationTo: string; value: unknown }
  slug?: string | null
  title?: string | null
  excerpt?: string | null
}

type Condition = Record<string, unknown>

const every = (field: string, words: string[]): Condition[] =>
  words.map((word) => ({ [field]: { like: word } }))

/**
 * The records that match in `locale`: its own text has every word, or it has no text in `locale`
 * and the English text has them (shown in English, marked so).
 */
function matching(locale: Locale, words: string[]): Condition {
  const own = { and: every(`folded.${locale}`, words) }
  if (locale === defaultLocale) return own
  const english = every(`folded.${defaultLocale}`, words)
  return { or: [own, { and: [...english, { [`folded.${locale}`]: { exists: false } }] }] }
}

/** One page of the matches, best first, with their exact count. */
async function findPage(locale: Locale, where: Condition, page: number) {
  const payload = await payloadClient()
  return payload.find({
    collection: 'search',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: where as never,
    // Collection priority first (flagships, then releases and members…), newest record next.
    sort: ['-priority', '-id'],
    limit: SEARCH_PAGE_SIZE,
    page,
    depth: 0,
    select: { doc: true, slug: true, title: true, excerpt: true },
  })
}

/** Hits with no text in `locale` get their English title and excerpt, marked as English. */
async function inEnglishWhereUntranslated(records: IndexRecord[]): Promise<SearchHit[]> {
  const untranslated = records.filter((r) => !r.title).map((r) => r.id)
  const english = new Map<string | number, IndexRecord>()
  if (untranslated.length) {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'search',
      locale: defaultLocale,
      overrideAccess: false,
      where: { id: { in: untranslated } },
      limit: untranslated.length,
      depth: 0,
      select: { slug: true, title: true, excerpt: true },
    })
    for (const doc of docs as unknown as IndexRecord[]) english.set(doc.id, doc)
  }
  return records.map((r) => {
    const shown = english.get(r.id) ?? r
    return {
      id: r.id,
      collection: r.doc.relationTo,
      slug: shown.slug ?? r.slug ?? '',
      title: shown.title ?? '',
      excerpt: shown.excerpt ?? '',
      english: english.has(r.id),
    }
  })
}

/**
 * Published documents whose text in `locale` contains every word of the query, accents ignored.
 * Documents without a translation are matched on their English text and marked as such. The
 * database counts and pages the matches (the index's locale table is indexed by its parent), so
 * the total is exact and a page costs about the same however many documents match. Ranked by
 * the collection's priority: a "title first" rank would need `not_like`, which Payload's SQL
 * adapters apply without wildcards (unlike MongoDB's), so it cannot be paged in the database.
 */
export async function searchSite(locale: Locale, query: string, page = 1): Promise<SearchResult> {
  const folded = foldText(query)
  if (!folded) return { status: 'empty' }
  if (folded.replace(/ /g, '').length < 2) return { status: 'too-short' }
  const where = matching(locale, folded.split(' ').slice(0, 8))
  let result = await findPage(locale, where, page)
  // A page past the end (an old link) shows the last one, as before.
  if (result.totalPages > 0 && page > result.totalPages)
    result = await findPage(locale, where, result.totalPages)
  const hits = await inEnglishWhereUntranslated(result.docs as unknown as IndexRecord[])
  const pages = Math.max(1, result.totalPages)
  return { status: 'ok', hits, total: result.totalDocs, page: Math.min(page, pages), pages }
}
