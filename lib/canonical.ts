import { permanentRedirect } from 'next/navigation'

import type { Locale } from '../i18n/locales'
import { localizedPath } from '../i18n/pathnames'
import type { documentRoutes } from './paths'

type Route = (typeof documentRoutes)[keyof typeof documentRoutes]

/**
 * A document reached by another language's slug (a shared link, the language menu without
 * JavaScript) moves for good to its address in this locale: one page, one URL per language.
 */
export function redirectToOwnSlug(
  locale: Locale,
  route: Route,
  requested: string,
  slugs: Record<Locale, string>,
) {
  const own = slugs[locale]
  if (own && own !== requested)
    permanentRedirect(localizedPath(locale, { pathname: route, params: { slug: own } }))
}
