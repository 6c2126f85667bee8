import type { TypedUser } from 'payload'

import type { Locale } from '../../i18n/locales'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { withApprovedText } from './approved'
import { findBySlug, listSlugs } from './documents'

export const PRESS_PAGE_SIZE = 10

/** Published press releases, newest first, one page at a time. */
export const listPressReleases = cachedRead(
  'press-list',
  ['press-releases'],
  async (locale: Locale, page: number) => {
    const payload = await payloadClient()
    const read = (locale: Locale, ids?: (number | string)[]) =>
      payload.find({
        collection: 'press-releases',
        locale,
        fallbackLocale: 'en',
        overrideAccess: false,
        sort: '-publishedAt',
        limit: PRESS_PAGE_SIZE,
        page: ids ? 1 : page,
        where: ids ? { id: { in: ids } } : undefined,
        depth: 0,
        select: { title: true, slug: true, summary: true, publishedAt: true, dateConfirmed: true },
      })
    const result = await read(locale)
    const docs = await withApprovedText(
      'press-releases',
      locale,
      result.docs,
      async (l, ids) => (await read(l, ids)).docs,
    )
    return { ...result, docs }
  },
)

export const getPressRelease = cachedRead(
  'press-release',
  ['press-releases', 'media'],
  (locale: Locale, slug: string) => findBySlug('press-releases', locale, slug, 'title', ['pdf']),
)

/** The latest draft, for an editor's preview: never cached. */
export const getPressReleaseDraft = (locale: Locale, slug: string, editor: TypedUser) =>
  findBySlug('press-releases', locale, slug, 'title', ['pdf'], editor)

export const listPressSlugs = cachedRead('press-slugs', ['press-releases'], (locale: Locale) =>
  listSlugs('press-releases', locale),
)
