import type { Locale } from '../../i18n/locales'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { withApprovedText } from './approved'
import { findBySlug, listSlugs } from './documents'

export const listFlagships = cachedRead('flagships', ['flagships'], async (locale: Locale) => {
  const payload = await payloadClient()
  const read = async (locale: Locale, ids?: (number | string)[]) =>
    (
      await payload.find({
        collection: 'flagships',
        locale,
        fallbackLocale: 'en',
        overrideAccess: false,
        sort: 'order',
        limit: 20,
        where: ids ? { id: { in: ids } } : undefined,
        depth: 0,
        select: { title: true, slug: true, tagline: true, summary: true, order: true },
      })
    ).docs
  return withApprovedText('flagships', locale, await read(locale), read)
})

export const getFlagship = cachedRead('flagship', ['flagships'], (locale: Locale, slug: string) =>
  findBySlug('flagships', locale, slug, 'summary'),
)

export const listFlagshipSlugs = cachedRead('flagship-slugs', ['flagships'], () =>
  listSlugs('flagships', 'en'),
)
