import type { Locale } from '../../i18n/locales'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { slugsPerLocale } from './documents'
import { translatedLocales } from './translations'

export type SitemapDoc = { slugs: Record<Locale, string>; updatedAt: string; locales: Locale[] }

const probes = {
  'press-releases': 'title',
  events: 'title',
  opportunities: 'title',
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
      select: { slug: true, updatedAt: true, [probe]: true } as never,
    })
    return docs.map((doc) => {
      const record = doc as unknown as Record<string, unknown>
      return {
        slugs: slugsPerLocale(record.slug),
        updatedAt: String(record.updatedAt),
        locales: translatedLocales(record[probe]),
      }
    })
  },
)
