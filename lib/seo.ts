import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale, type Locale, locales } from '../i18n/locales'
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
 * The press feed of the page's language, for feed readers' autodiscovery. On every page's own
 * `alternates`: Next replaces a layout's `alternates` with the page's whole, so the layout's
 * alone would show on no page that names its translations.
 */
export async function feedAlternate(locale: Locale) {
  // Metadata is asked for before the layout has refused an unknown locale (`/.env` is a home
  // page's address): such a locale has no feed, and no section words to build its address from.
  if (!isLocale(locale)) return undefined
  const t = await getTranslations({ locale, namespace: 'Press' })
  return {
    'application/rss+xml': [{ url: absoluteUrl(locale, '/press/feed.xml'), title: t('feedTitle') }],
  }
}

/**
 * Canonical, hreflang alternates, the press feed and Open Graph for one page. `translated` lists
 * the locales that really have this page's text: a page shown in English fallback is not
 * advertised as a translation, and its canonical is the English original.
 */
export async function pageMetadata({
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
}): Promise<Metadata> {
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
    alternates: { canonical: url, languages, types: await feedAlternate(locale) },
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
