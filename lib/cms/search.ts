import { z } from 'zod'

import { defaultLocale, type Locale } from '../../i18n/locales'
import { foldText } from '../search/fold'
import { payloadClient } from './client'

export const SEARCH_PAGE_SIZE = 10
const MAX_CANDIDATES = 200

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
  priority?: number | null
}

async function find(locale: Locale, where: object) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'search',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: where as never,
    limit: MAX_CANDIDATES,
    depth: 0,
    pagination: false,
  })
  return docs as unknown as IndexRecord[]
}

const key = (r: IndexRecord) => `${r.doc.relationTo}:${String(r.doc.value)}`

/**
 * Published documents whose text in `locale` contains every word of the query, accents ignored.
 * Documents without a translation are matched on their English text and marked as such.
 * Ranked by where the words are (title first) and then by the collection's priority.
 */
export async function searchSite(locale: Locale, query: string, page = 1): Promise<SearchResult> {
  const folded = foldText(query)
  if (!folded) return { status: 'empty' }
  if (folded.replace(/ /g, '').length < 2) return { status: 'too-short' }
  const words = folded.split(' ').slice(0, 8)
  const where = { and: words.map((word) => ({ folded: { like: word } })) }

  const own = await find(locale, where)
  let fallback: IndexRecord[] = []
  if (locale !== defaultLocale) {
    const seen = new Set(own.map(key))
    const english = (await find(defaultLocale, where)).filter((r) => !seen.has(key(r)))
    if (english.length) {
      // Only documents with no text at all in this locale fall back to their English text.
      const translated = new Set(
        (
          await find(locale, {
            and: [{ id: { in: english.map((r) => r.id) } }, { folded: { exists: true } }],
          })
        ).map(key),
      )
      fallback = english.filter((r) => !translated.has(key(r)))
    }
  }

  const score = (r: IndexRecord) =>
    (words.every((w) => foldText(r.title ?? '').includes(w)) ? 1000 : 0) + (r.priority ?? 0)
  const ranked = [
    ...own.map((r) => ({ r, english: false })),
    ...fallback.map((r) => ({ r, english: true })),
  ].sort((a, b) => score(b.r) - score(a.r) || Number(a.english) - Number(b.english))

  const pages = Math.max(1, Math.ceil(ranked.length / SEARCH_PAGE_SIZE))
  const current = Math.min(page, pages)
  const hits = ranked
    .slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE)
    .map(({ r, english }) => ({
      id: r.id,
      collection: r.doc.relationTo,
      slug: r.slug ?? '',
      title: r.title ?? '',
      excerpt: r.excerpt ?? '',
      english,
    }))
  return { status: 'ok', hits, total: ranked.length, page: current, pages }
}
