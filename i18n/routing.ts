import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Pages declare their own hreflang set (only real translations); no blanket Link header.
  alternateLinks: false,
})
