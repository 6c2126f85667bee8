import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Payload's admin and API, Next's internals and files with an extension never get a locale.
  matcher: ['/((?!api|admin|next|_next|_vercel|.*\\..*).*)'],
}
