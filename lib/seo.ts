import type { Metadata } from 'next'

import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { getEnv } from './env'

export const absoluteUrl = (locale: Locale, path = '') => `${getEnv().serverUrl}/${locale}${path}`

/**
 * Canonical, hreflang alternates and Open Graph for one page. `translated` lists the locales that
 * really have this page's text: a page shown in English fallback is not advertised as a
 * translation, and its canonical is the English original.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  translated = locales,
  absoluteTitle = false,
}: {
  locale: Locale
  path: string
  title: string
  description?: string | null
  translated?: readonly Locale[]
  absoluteTitle?: boolean
}): Metadata {
  const isTranslated = translated.includes(locale)
  const languages: Record<string, string> = Object.fromEntries(
    translated.map((code) => [code, absoluteUrl(code, path)]),
  )
  languages['x-default'] = absoluteUrl(defaultLocale, path)
  const url = absoluteUrl(isTranslated ? locale : defaultLocale, path)
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
