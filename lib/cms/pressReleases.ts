import type { TypedUser } from 'payload'

import type { Locale } from '../../i18n/locales'
import { pressTags, tagFor } from '../cacheTags'
import { taggedRead } from './cache'
import { payloadClient } from './client'
import { withApprovedText } from './approved'
import { findBySlug } from './documents'
import { PRERENDERED_RELEASES, PRESS_PAGE_SIZE } from '../pressPaging'

export { PRERENDERED_RELEASES, PRESS_PAGE_SIZE }

/**
 * Published press releases, newest first, one page at a time. Pages are numbered from the
 * newest; the sort columns are one index (collections/PressReleases), so a deep page costs what
 * the first does.
 */
export const listPressReleases = taggedRead(
  'press-list',
  (_locale: Locale, page: number) => [pressTags.listPage(page), pressTags.lists],
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

export const getPressRelease = taggedRead(
  'press-release',
  (_locale: Locale, slug: string) => [pressTags.slug(slug), tagFor('media')],
  (locale: Locale, slug: string) => findBySlug('press-releases', locale, slug, 'title', ['pdf']),
)

/** The latest draft, for an editor's preview: never cached. */
export const getPressReleaseDraft = (locale: Locale, slug: string, editor: TypedUser) =>
  findBySlug('press-releases', locale, slug, 'title', ['pdf'], editor)

/** The newest releases' slugs in `locale`: the ones the build prerenders. */
export const listPressSlugs = taggedRead<[Locale], string[]>(
  'press-slugs',
  () => [pressTags.lists],
  async (locale: Locale) => {
    const { docs } = await listNewest(locale, PRERENDERED_RELEASES)
    return docs.map((doc) => doc.slug ?? '').filter(Boolean)
  },
)

async function listNewest(locale: Locale, limit: number) {
  const payload = await payloadClient()
  return payload.find({
    collection: 'press-releases',
    locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    sort: '-publishedAt',
    limit,
    depth: 0,
    select: { slug: true },
  })
}
