import type { Locale } from '../../i18n/locales'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { withApprovedText } from './approved'
import { findBySlug, listSlugs } from './documents'

const listFields = {
  name: true,
  officialName: true,
  slug: true,
  country: true,
  city: true,
  website: true,
  summary: true,
  location: true,
  order: true,
} as const

export const listMembers = cachedRead('members', ['institutions'], async (locale: Locale) => {
  const payload = await payloadClient()
  const read = async (locale: Locale, ids?: (number | string)[]) =>
    (
      await payload.find({
        collection: 'institutions',
        locale,
        fallbackLocale: 'en',
        overrideAccess: false,
        where: ids ? { id: { in: ids } } : { kind: { equals: 'member' } },
        sort: 'order',
        limit: 100,
        depth: 0,
        select: listFields,
      })
    ).docs
  return withApprovedText('institutions', locale, await read(locale), read)
})

export const getInstitution = cachedRead(
  'institution',
  ['institutions'],
  (locale: Locale, slug: string) => findBySlug('institutions', locale, slug, 'summary'),
)

export const listInstitutionSlugs = cachedRead('institution-slugs', ['institutions'], () =>
  listSlugs('institutions', 'en', { kind: { equals: 'member' } }),
)
