/**
 * Links handed to the client router: the attribute that marks them (set by i18n/navigation.tsx's
 * Link on a plain <a>) and the rules, shared by the one listener that serves them all
 * (components/RouterLinks.client.tsx). A page of plain anchors hydrates no component per link:
 * with next/link the home page's 28 links were 56 client components, about half of its
 * JavaScript time on a phone (docs/performance.md).
 */
export const ROUTER_LINK = 'data-router-link'

/** The attribute to spread onto an <a> the client router should serve. */
export const routerLinkAttribute = { [ROUTER_LINK]: '' } as const

/** The marked link an event happened in, if the client router may take it over. */
export function routerLinkOf(target: EventTarget | null, here: Location): URL | null {
  if (!(target instanceof Element)) return null
  const anchor = target.closest(`a[${ROUTER_LINK}]`)
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return null
  if (anchor.target && anchor.target !== '_self') return null
  const url = new URL(anchor.href, here.href)
  return url.origin === here.origin ? url : null
}

/** A click the browser should keep: another tab or window, a download, a modified button. */
export function keptByBrowser(event: MouseEvent): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
}

/** The page being shown, apart from a fragment: nothing to fetch, and a `#x` link scrolls. */
export function isShown(url: URL, here: Location): boolean {
  return url.pathname === here.pathname && url.search === here.search
}
