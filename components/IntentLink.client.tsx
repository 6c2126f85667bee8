'use client'

import NextLink from 'next/link'
import { type ComponentProps, useState } from 'react'

/**
 * next/link that prefetches once a visitor reaches for it (pointer over it, a touch, keyboard
 * focus) instead of as soon as it is on screen: Next's pattern for hover prefetch
 * (docs: guides/prefetching). Prefetching the header's six links as soon as they were in view
 * cost each page view 13 more requests, parsed on the main thread while the page was still
 * becoming interactive (Lighthouse's blocking time on the home page: 612–786 ms with them,
 * 209–523 ms without).
 */
export function IntentLink(props: Omit<ComponentProps<typeof NextLink>, 'prefetch'>) {
  const [intent, setIntent] = useState(false)
  const reach = () => setIntent(true)
  return (
    <NextLink
      {...props}
      // `null` is Next's default prefetch, which starts at once for a link on screen.
      prefetch={intent ? null : false}
      onMouseEnter={reach}
      onTouchStart={reach}
      onFocus={reach}
    />
  )
}
