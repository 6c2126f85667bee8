import { defineRouting } from 'next-intl/routing'

import { localeCookie } from './localeCookie'
import { defaultLocale, locales } from './locales'
import { pathnames } from './pathnames'

const shared = {
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Pages declare their own hreflang set (only real translations); no blanket Link header.
  alternateLinks: false,
  // Read by `/` (no locale in the URL); written by the language switcher only (see there).
  localeCookie,
} as const

/** Links, usePathname and getPathname speak the localized paths. */
export const routing = defineRouting({ ...shared, pathnames })

/**
 * The proxy's routing: locale detection and prefixes only. Localized paths are served from the
 * app's folders by the server (next.config rewrites in `next dev`) and redirected to by proxy.ts
 * (see there why not by next-intl).
 */
export const proxyRouting = defineRouting(shared)

/**
 * For paths that carry a locale: the URL says the locale, so no cookie is read, and none is
 * written (next-intl would set one whenever the page's locale differs from Accept-Language, and a
 * CDN does not cache a response that sets a cookie).
 */
export const prefixedRouting = defineRouting({ ...shared, localeCookie: false })
