import type { Locale } from '../../i18n/locales'
import { cachedRead } from './cache'
import { findBySlug, listSlugs } from './documents'

export const getPage = cachedRead('page', ['pages'], (locale: Locale, slug: string) =>
  findBySlug('pages', locale, slug, 'title'),
)

export const listPageSlugs = cachedRead('page-slugs', ['pages'], () => listSlugs('pages'))
