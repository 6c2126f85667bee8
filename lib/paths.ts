import type { Locale } from '../i18n/locales'
import { type Href, localizedPath } from '../i18n/pathnames'

/** The route that shows each collection's documents on the public site. */
export const documentRoutes = {
  pages: '/[slug]',
  flagships: '/flagships/[slug]',
  institutions: '/members/[slug]',
  'press-releases': '/press/[slug]',
  events: '/events/[slug]',
  opportunities: '/opportunities/[slug]',
} as const

export type DocumentCollection = keyof typeof documentRoutes

/** Where a document is linked from; partners have no page of their own, only the list. */
export function documentHref(collection: string, slug: string): Href {
  if (collection in documentRoutes)
    return { pathname: documentRoutes[collection as DocumentCollection], params: { slug } }
  return collection === 'partners' ? '/partners' : '/'
}

/** A document's public path in `locale` (with the prefix), given its slug in that locale. */
export const documentPath = (locale: Locale, collection: string, slug: string) =>
  localizedPath(locale, documentHref(collection, slug))
