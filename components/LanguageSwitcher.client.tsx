'use client'

import { useParams, usePathname } from 'next/navigation'
import { useSyncExternalStore } from 'react'

import { type Locale, locales } from '@/i18n/locales'
import { samePageIn } from '@/i18n/pathnames'
import { rememberLocale } from '@/i18n/localeCookie'

import { LanguageMenu, type LanguageMenuLabels } from './LanguageMenu'

/**
 * The page's own hreflang links, as JSON (a stable snapshot): a translated slug is known there,
 * not in the route. Ignored unless they describe the page in the address bar, so a head still
 * being swapped during navigation never lends its links to the next page.
 */
function alternatesInHead(current: Locale): string {
  // Usually in <head>; streamed metadata may arrive later in <body>.
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')
  const byLocale = Object.fromEntries(
    [...links]
      .filter((link) => (locales as readonly string[]).includes(link.hreflang))
      .map((link) => [link.hreflang, new URL(link.href).pathname]),
  )
  return byLocale[current] === window.location.pathname ? JSON.stringify(byLocale) : '{}'
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { childList: true, subtree: true })
  return () => observer.disconnect()
}

/**
 * The language menu for the page being shown: the same page in every other language. The layout
 * renders it, and a layout stays across client navigation, so it follows the address bar: on the
 * server with the route's segments localized (a page whose slug is translated answers another
 * language's slug with a permanent redirect); in the browser the links go straight to the
 * translated addresses the page lists in its hreflang links. Without next-intl on the client:
 * the locale and the labels come from the server as props.
 */
export function LanguageSwitcher({
  current,
  labels,
}: {
  current: Locale
  labels: LanguageMenuLabels
}) {
  // The path below the locale (`/presse/x`), in any language's words: samePageIn reads them all.
  const pathname = (usePathname() ?? `/${current}`).slice(current.length + 1) || '/'
  const params = useParams() ?? {}
  const alternates: Partial<Record<Locale, string>> = JSON.parse(
    useSyncExternalStore(
      subscribe,
      () => alternatesInHead(current),
      () => '{}',
    ),
  )
  // The 404 page (served in place of any missing address, scripts/serve/notFound.mjs) has no
  // translations: each language's home is where a visitor switching language can go.
  const missing = pathname === '/page-not-found'
  const hrefs = Object.fromEntries(
    locales.map((code) => [
      code,
      missing ? `/${code}` : (alternates[code] ?? samePageIn(code, pathname, params)),
    ]),
  ) as Record<Locale, string>
  return <LanguageMenu current={current} hrefs={hrefs} labels={labels} onChoose={rememberLocale} />
}
