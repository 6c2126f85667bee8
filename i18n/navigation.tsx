import { useLocale } from 'next-intl'
import type { ComponentProps } from 'react'

import { routerLinkAttribute } from '@/lib/routerLinks'

import type { Locale } from './locales'
import { type Href, localizedPath } from './pathnames'

type LinkHref = Href | { pathname: '/search'; query: Record<string, string> }

/**
 * A link to a route in the page's locale, at its localized path (`/press` → `/de/presse`): a
 * plain <a>, rendered on the server, that the layout's one RouterLinks listener prefetches when a
 * visitor reaches for it and navigates on the client when clicked. Not next-intl's Link (a client
 * component that needs next-intl's client provider and its message formatter on every page), and
 * not next/link (a client component per link, hydrated on every page view).
 */
export function Link({
  href,
  ...rest
}: Omit<ComponentProps<'a'>, 'href'> & {
  href: LinkHref
}) {
  const locale = useLocale() as Locale
  return <a {...rest} href={hrefIn(locale, href)} {...routerLinkAttribute} />
}

function hrefIn(locale: Locale, href: LinkHref): string {
  if (typeof href === 'object' && 'query' in href)
    return `${localizedPath(locale, href.pathname)}?${new URLSearchParams(href.query)}`
  return localizedPath(locale, href)
}
