import type { Metadata } from 'next'

import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { type Href, localizedPath } from '../i18n/pathnames'
import { getEnv } from './env'

/** The public address of `href` in `locale`, with its localized segments and slug. */
export const absoluteUrl = (locale: Locale, href: Href = '/') =>
  `${getEnv().serverUrl}${localizedPath(locale, href)}`

/** A page's address per locale: one href, or one per locale for translated slugs. */
export type PageHref = Href | ((locale: Locale) => Href)
const hrefIn = (href: PageHref, locale: Locale) =>
  typeof href === 'function' ? href(locale) : href

/**
 * Canonical, hreflang alternates and Open Graph for one page. `translated` lists the locales that
 * really have this page's text: a page shown in English fallback is not advertised as a
 * translation, and its canonical is the English original.
 */
export function pageMetadata({
  locale,
  href,
  title,
  description,
  translated = locales,
  absoluteTitle = false,
}: {
  locale: Locale
  href: PageHref
  title: string
  description?: string | null
  translated?: readonly Locale[]
  absoluteTitle?: boolean
}): Metadata {
  const isTranslated = translated.includes(locale)
  const languages: Record<string, string> = Object.fromEntries(
    translated.map((code) => [code, absoluteUrl(code, hrefIn(href, code))]),
  )
  languages['x-default'] = absoluteUrl(defaultLocale, hrefIn(href, defaultLocale))
  const canonical = isTranslated ? locale : defaultLocale
  const url = absoluteUrl(canonical, hrefIn(href, canonical))
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: description ?? undefined,
    alternates: { canonical: url, languages },
    openGraph: {
      type: 'website',
      title,
      description: description ?? undefined,
      url,
      locale,
      siteName: 'HEROES',
    },
  }
}
