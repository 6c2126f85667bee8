import NextLink from 'next/link'
import { useLocale } from 'next-intl'
import type { ComponentProps } from 'react'

import { IntentLink } from '@/components/IntentLink.client'

import type { Locale } from './locales'
import { type Href, localizedPath } from './pathnames'

type LinkHref = Href | { pathname: '/search'; query: Record<string, string> }

/**
 * next/link to a route in the page's locale, at its localized path (`/press` → `/de/presse`).
 * Not next-intl's Link: that one is a client component that needs next-intl's client provider,
 * whose message formatter would then be first-load JavaScript on every page. Rendered on the
 * server, this one hands next/link a finished path. It prefetches the target when the visitor
 * reaches for the link (IntentLink), not when it scrolls into view; `prefetch={false}` never.
 */
export function Link({
  href,
  prefetch,
  ...rest
}: Omit<ComponentProps<typeof NextLink>, 'href' | 'prefetch'> & {
  href: LinkHref
  prefetch?: false
}) {
  const locale = useLocale() as Locale
  const path = hrefIn(locale, href)
  if (prefetch === false) return <NextLink href={path} prefetch={false} {...rest} />
  return <IntentLink href={path} {...rest} />
}

function hrefIn(locale: Locale, href: LinkHref): string {
  if (typeof href === 'object' && 'query' in href)
    return `${localizedPath(locale, href.pathname)}?${new URLSearchParams(href.query)}`
  return localizedPath(locale, href)
}
