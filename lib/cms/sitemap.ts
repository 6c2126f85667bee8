import { defaultLocale, type Locale } from '../../i18n/locales'
import { eventTags, pressTags, tagFor } from '../cacheTags'
import { servedLocales, visitorStatesOf, workflowSelect } from '../translation'
import { taggedRead } from './cache'
import { payloadClient } from './client'
import { slugsPerLocale } from './documents'
import { pageLocales } from './translations'

export type SitemapDoc = { slugs: Record<Locale, string>; updatedAt: string; locales: Locale[] }

/**
 * Releases in one sitemap part: with ten locales each, at most 10,000 addresses (each with its
 * alternates, about 15 MB), well within the protocol's 50,000 addresses and 50 MB.
 */
export const RELEASES_PER_PART = 1000

/** The localized field whose presence says a locale has the document's translation. */
const probes = {
  'press-releases': 'title',
  events: 'title',
  opportunities: 'title',
  pages: 'title',
  flagships: 'summary',
  institutions: 'summary',
} as const

type Listed = keyof typeof probes
export type SiteCollection = Exclude<Listed, 'press-releases'>

function toSitemapDoc(collection: Listed) {
  const probe = probes[collection]
  return (doc: unknown): SitemapDoc => {
    const record = doc as Record<string, unknown>
    // Only approved translations are alternates; the others are the English page.
    const served = servedLocales(visitorStatesOf(collection, record))
    const locales = pageLocales(record[probe]).filter((l) => served.includes(l))
    const slugs = slugsPerLocale(record.slug)
    for (const l of Object.keys(slugs) as Locale[])
      if (!locales.includes(l)) slugs[l] = slugs[defaultLocale]
    return { slugs, updatedAt: String(record.updatedAt), locales }
  }
}

/** Every published document of a small collection with the locales that have its translation. */
export const listForSitemap = taggedRead<[SiteCollection], SitemapDoc[]>(
  'sitemap',
  () => [...['pages', 'flagships', 'institutions', 'opportunities'].map(tagFor), eventTags.lists],
  async (collection: SiteCollection): Promise<SitemapDoc[]> => {
    const payload = await payloadClient()
    const probe = probes[collection]
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      overrideAccess: false,
      pagination: false,
      depth: 0,
      where: collection === 'institutions' ? { kind: { equals: 'member' } } : undefined,
      select: {
        slug: true,
        updatedAt: true,
        [probe]: true,
        ...workflowSelect(collection),
      } as never,
    })
    return docs.map(toSitemapDoc(collection))
  },
)

const monthRange = (month: string) => {
  const start = new Date(`${month}-01T00:00:00.000Z`)
  const end = new Date(start)
  end.setUTCMonth(end.getUTCMonth() + 1)
  return { start: start.toISOString(), end: end.toISOString() }
}

/**
 * The sitemap's parts: `site` (sections, pages, flagships, members, events, opportunities), then the press releases by
 * month of publication, newest first, a month with more than RELEASES_PER_PART releases in
 * numbered parts. A part's content changes only when a release of its month does.
 */
export const listSitemapParts = taggedRead(
  'sitemap-parts',
  () => [pressTags.sitemapIndex],
  async (): Promise<string[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'press-releases',
      overrideAccess: false,
      pagination: false,
      depth: 0,
      sort: '-publishedAt',
      select: { publishedAt: true },
    })
    const perMonth = new Map<string, number>()
    for (const { publishedAt } of docs) {
      const month = String(publishedAt).slice(0, 7)
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1)
    }
    return [
      'site',
      ...[...perMonth].flatMap(([month, count]) =>
        Array.from({ length: Math.ceil(count / RELEASES_PER_PART) }, (_, i) =>
          i === 0 ? `press-${month}` : `press-${month}-${i + 1}`,
        ),
      ),
    ]
  },
)

/** One month's published releases (its `part`-th thousand), oldest first. */
export const listPressForSitemap = taggedRead<[string, number], SitemapDoc[]>(
  'sitemap-press',
  (month) => [pressTags.sitemapMonth(month)],
  async (month: string, part: number): Promise<SitemapDoc[]> => {
    const payload = await payloadClient()
    const { start, end } = monthRange(month)
    const { docs } = await payload.find({
      collection: 'press-releases',
      locale: 'all',
      overrideAccess: false,
      depth: 0,
      sort: 'publishedAt',
      limit: RELEASES_PER_PART,
      page: part,
      where: { publishedAt: { greater_than_equal: start, less_than: end } },
      select: {
        slug: true,
        updatedAt: true,
        title: true,
        ...workflowSelect('press-releases'),
      } as never,
    })
    return docs.map(toSitemapDoc('press-releases'))
  },
)
