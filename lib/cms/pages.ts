import type { TypedUser } from 'payload'

import { defaultLocale, type Locale } from '../../i18n/locales'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { findBySlug, listSlugs, slugsPerLocale } from './documents'
import type { PageSlugs } from './pageHref'

export const getPage = cachedRead('page', ['pages'], (locale: Locale, slug: string) =>
  findBySlug('pages', locale, slug, 'title'),
)

/** The latest draft, for an editor's preview: never cached. */
export const getPageDraft = (locale: Locale, slug: string, editor: TypedUser) =>
  findBySlug('pages', locale, slug, 'title', [], editor)

export const listPageSlugs = cachedRead('page-slugs', ['pages'], (locale: Locale) =>
  listSlugs('pages', locale),
)

/** Each page's slug in `locale`, keyed by its English slug: the header and footer link by it. */
export const pageSlugs = cachedRead(
  'page-slug-map',
  ['pages'],
  async (locale: Locale): Promise<PageSlugs> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      locale: 'all',
      overrideAccess: false,
      pagination: false,
      depth: 0,
      select: { slug: true },
    })
    return Object.fromEntries(
      docs.map((doc) => {
        const slugs = slugsPerLocale(doc.slug)
        return [slugs[defaultLocale], slugs[locale]]
      }),
    )
  },
)
