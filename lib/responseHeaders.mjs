// The headers every response gets, and the caching of public pages, in one place for both servers.
// `next dev` applies them as next.config `headers` rules (`headerRules`). The production server
// (scripts/server.mjs) sets them itself before Next routes the request (`createHeaderSetter`):
// as rules, Next matched each against every request and decoded the path's parameters to do it,
// 2 % of a cached page's event-loop time (docs/performance.md). Plain JavaScript: that server
// runs untranspiled.
import { localeCodes } from '../i18n/localeCodes.mjs'

/**
 * Sent with every response (site, admin, API). The Content-Security-Policy is set per HTML
 * response by the production server (scripts/serve/csp.mjs): it needs the hashes of each page's
 * inline scripts. `next dev` runs without it (its reloader evaluates code).
 * @param {boolean} production HSTS only then: `next dev` is plain HTTP on localhost.
 */
export function securityHeaders(production) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    // Only the admin's live preview frames the site, from the same origin.
    'X-Frame-Options': 'SAMEORIGIN',
    ...(production ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  }
}

/**
 * Public pages may be kept by a CDN or reverse proxy for a minute and served stale for ten more
 * while it refetches. Next's own header for prerendered pages (`s-maxage=31536000`) would let a
 * CDN keep a page for a year after an editor changed or unpublished it: publishing expires only
 * this server's cache. Requests carrying a draft-preview or staff cookie keep Next's own header.
 */
export const PUBLIC_PAGE_CACHING = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
export const PRIVATE_COOKIES = ['__prerender_bypass', 'payload-token']

/** next.config `headers` rules for the same (`next dev`). */
export function headerRules({ production }) {
  const pairs = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }))
  return [
    { source: '/:path*', headers: pairs(securityHeaders(production)) },
    {
      source: `/:locale(${localeCodes.join('|')})/:path*`,
      missing: PRIVATE_COOKIES.map((key) => ({ type: /** @type {const} */ ('cookie'), key })),
      headers: pairs({ 'Cache-Control': PUBLIC_PAGE_CACHING }),
    },
  ]
}

/**
 * Sets what `headerRules` would on a response, before Next handles its request.
 * @param {{ production: boolean }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createHeaderSetter({ production }) {
  const every = Object.entries(securityHeaders(production))
  // As Next matches the rule's source: the locale as written (`/EN/press` is no locale's page).
  const localePage = new RegExp(`^/(?:${localeCodes.join('|')})(?:/|\\?|$)`)
  const privateCookie = new RegExp(`(?:^|;)\\s*(?:${PRIVATE_COOKIES.join('|')})=`)
  return function setHeaders(req, res) {
    for (const [name, value] of every) res.setHeader(name, value)
    const url = req.url ?? '/'
    if (localePage.test(url) && !privateCookie.test(String(req.headers.cookie ?? '')))
      res.setHeader('Cache-Control', PUBLIC_PAGE_CACHING)
  }
}
