import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import { isLocale } from './i18n/locales'
import { routing } from './i18n/routing'

const intl = createMiddleware(routing)

/**
 * next-intl's routing, with one change: a path that already names its locale but uses another
 * language's section (`/de/press/…`, an old English-segment link) moves for good, so its redirect
 * is permanent (308) and search engines carry the link over. Choosing a locale for a bare `/`
 * stays temporary, since it depends on the visitor.
 */
export default function proxy(request: NextRequest) {
  const response = intl(request)
  const location = response.headers.get('location')
  const [, first] = request.nextUrl.pathname.split('/')
  if (location && response.status === 307 && isLocale(first)) {
    return NextResponse.redirect(location, { status: 308, headers: response.headers })
  }
  return response
}

export const config = {
  // Payload's admin and API, Next's internals and files with an extension never get a locale;
  // the press feed is the one file with localized paths.
  matcher: ['/((?!api|admin|next|_next|_vercel|.*\\..*).*)', '/:locale/:section/feed.xml'],
}
