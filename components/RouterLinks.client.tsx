'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

import { isShown, keptByBrowser, routerLinkOf } from '@/lib/routerLinks'

/**
 * What next/link does for each link, done once for the whole page by listening on the document:
 * a marked link (lib/routerLinks.ts) is prefetched when a visitor reaches for it (pointer over it,
 * a touch, keyboard focus), not when it comes into view, and a plain click on it navigates on the
 * client. Prefetching the header's links as they came into view cost each view 13 requests while
 * the page was still becoming interactive. Without JavaScript the links are ordinary links.
 */
export function RouterLinks() {
  const router = useRouter()
  useEffect(() => {
    let reached = ''
    const reach = (event: Event) => {
      const url = routerLinkOf(event.target, location)
      // `mouseover` repeats for each element inside a link: one prefetch each time one is reached.
      if (url?.href === reached) return
      reached = url?.href ?? ''
      if (!url || isShown(url, location)) return
      // The same form of address the click pushes, so both name one cache entry.
      router.prefetch(url.pathname + url.search)
    }
    const click = (event: MouseEvent) => {
      const url = routerLinkOf(event.target, location)
      if (!url || keptByBrowser(event) || (url.hash && isShown(url, location))) return
      event.preventDefault()
      router.push(url.pathname + url.search + url.hash)
    }
    const passive = { passive: true }
    document.addEventListener('mouseover', reach, passive)
    document.addEventListener('touchstart', reach, passive)
    document.addEventListener('focusin', reach, passive)
    document.addEventListener('click', click)
    return () => {
      document.removeEventListener('mouseover', reach)
      document.removeEventListener('touchstart', reach)
      document.removeEventListener('focusin', reach)
      document.removeEventListener('click', click)
    }
  }, [router])
  return null
}
