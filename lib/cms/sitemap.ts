import { defaultLocale, type Locale } from '../../i18n/locales'
import { servedLocales, statesOf, workflowSelect } from '../translation'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { slugsPerLocale } from './documents'
import { translatedLocales } from './translations'

export type SitemapDoc = { slugs: Record<Locale, string>; updatedAt: string; locales: Locale[] }

const probes = {
  'press-releases': 'title',
  pages: 'title',
  flagships: 'summary',
  institutions: 'summary',
} as const

type Listed = keyof typeof probes

/** Every published document of a collection with the locales that have its translation. */
export const listForSitemap = cachedRead(
  'sitemap',
  Object.keys(probes),
  async (collection: Listed): Promise<SitemapDoc[]> => {
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
    return docs.map((doc) => {
      const record = doc as unknown as Record<string, unknown>
      // Only approved translations are alternates; the others are the English page.
      const served = servedLocales(statesOf(collection, record))
      const locales = translatedLocales(record[probe]).filter((l) => served.includes(l))
      const slugs = slugsPerLocale(record.slug)
      for (const l of Object.keys(slugs) as Locale[])
        if (!locales.includes(l)) slugs[l] = slugs[defaultLocale]
      return { slugs, updatedAt: String(record.updatedAt), locales }
    })
  },
)
