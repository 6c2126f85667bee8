import type { TypedUser } from 'payload'

import type { Locale } from '../../i18n/locales'
import { cachedRead } from './cache'
import { findBySlug, listSlugs } from './documents'

export const getPage = cachedRead('page', ['pages'], (locale: Locale, slug: string) =>
  findBySlug('pages', locale, slug, 'title'),
)

/** The latest draft, for an editor's preview: never cached. */
export const getPageDraft = (locale: Locale, slug: string, editor: TypedUser) =>
  findBySlug('pages', locale, slug, 'title', [], editor)

export const listPageSlugs = cachedRead('page-slugs', ['pages'], () => listSlugs('pages'))
