import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'
import { pathnames } from './pathnames'

const shared = {
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Pages declare their own hreflang set (only real translations); no blanket Link header.
  alternateLinks: false,
} as const

/** Links, usePathname and getPathname speak the localized paths. */
export const routing = defineRouting({ ...shared, pathnames })

/**
 * The proxy's routing: locale detection and prefixes only. Localized paths are served by
 * next.config rewrites and redirected to by proxy.ts (see there why not by next-intl).
 */
export const proxyRouting = defineRouting(shared)
