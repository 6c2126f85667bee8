import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import { isLocale } from './i18n/locales'
import { canonicalPath } from './i18n/pathnames'
import { prefixedRouting, proxyRouting } from './i18n/routing'

const intl = createMiddleware(proxyRouting)
const intlPrefixed = createMiddleware(prefixedRouting)

/**
 * Locale detection and prefixes are next-intl's. Localized paths are handled here and in
 * next.config: a path in another language's words (`/de/press/…`, an old English-segment link,
 * `/de/tisk`) moves for good (308) to this locale's address, which the production server
 * (scripts/serve/folders.mjs), or in `next dev` next.config's rewrites, serve from the app's
 * folders. next-intl's own pathname rewrites are not used: Next sends a proxy's rewrite back
 * through the network when the server is bound to 127.0.0.1, and it loops.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const [, first] = pathname.split('/')
  if (isLocale(first)) {
    const target = canonicalPath(first, pathname)
    if (target) return NextResponse.redirect(new URL(`${target}${search}`, request.url), 308)
  }
  const response = isLocale(first) ? intlPrefixed(request) : intl(request)
  // `/members` for a Czech browser: straight to `/cs/clenove`, not via `/cs/members`.
  const location = response.headers.get('location')
  if (location) {
    const url = new URL(location, request.url)
    const [, locale] = url.pathname.split('/')
    const localized = isLocale(locale) && canonicalPath(locale, url.pathname)
    if (localized) {
      url.pathname = localized
      response.headers.set('location', url.toString())
    }
  }
  return response
}

export const config = {
  // Payload's admin and API, Next's internals and files with an extension never get a locale;
  // the press feed of a known locale is the one file with localized paths (a literal list: Next
  // reads the matcher at build time; tests/unit/pathnames.test.ts keeps it equal to `locales`).
  // Nor do the addresses that already are a locale's own (`/de`, `/de/presse/x`, `/de/leitbild`):
  // for them the proxy would only pass the request on, at a cost on every page view. Any other
  // language's section word (`/de/press`, `/de/tisk`), an unknown locale or none still comes here.
  // The list is tests/helpers/proxyMatcher.ts's, checked by tests/unit/proxyMatcher.test.ts.
  // A request the production server mapped to a folder's path (`/cs/tisk` → `/cs/press`,
  // scripts/serve/folders.mjs) was its locale's own address: the header it carries skips it.
  matcher: [
    {
      source:
        '/((?!api|admin|next|_next|_vercel|.*\\..*|(?:en|nl|fr|de|da|sv|fi|pt|lt|cs)(?:/(?!(?:akce|angebote|arrangementer|clenove|contact|contacto|evenemang|evenementen|evenements|eventos|events|flaggskepp|flagmanai|flagships|flagskibe|galimybes|haku|hledat|imprensa|jasenet|kansen|karkihankkeet|kontakt|kontaktai|kumppanit|leden|leuchtturmprojekte|lippulaivat|mahdollisuudet|medlemmar|medlemmer|members|membres|membros|mitglieder|mojligheter|muligheder|nariai|oportunidades|opportunites|opportunities|paieska|parceiros|partenaires|partner|partnere|partneri|partneriai|partners|pavyzdines-iniciatyvos|pers|pesquisa|press|presse|prilezitosti|projetos-emblematicos|projets-phares|recherche|renginiai|search|sog|sok|spauda|stezejni-projekty|suche|tapahtumat|tiedotteet|tisk|veranstaltungen|vlaggenschepen|vlajkove-projekty|yhteystiedot|zoeken)$)[^/]+)?$|en/(?:press(?:/[^/]+|/page/[^/]+)?|members(?:/[^/]+)?|flagships(?:/[^/]+)?|partners|contact|search|events(?:/[^/]+)?|opportunities(?:/[^/]+)?)$|nl/(?:pers(?:/[^/]+|/pagina/[^/]+)?|leden(?:/[^/]+)?|vlaggenschepen(?:/[^/]+)?|partners|contact|zoeken|evenementen(?:/[^/]+)?|kansen(?:/[^/]+)?)$|fr/(?:presse(?:/[^/]+|/page/[^/]+)?|membres(?:/[^/]+)?|projets-phares(?:/[^/]+)?|partenaires|contact|recherche|evenements(?:/[^/]+)?|opportunites(?:/[^/]+)?)$|de/(?:presse(?:/[^/]+|/seite/[^/]+)?|mitglieder(?:/[^/]+)?|leuchtturmprojekte(?:/[^/]+)?|partner|kontakt|suche|veranstaltungen(?:/[^/]+)?|angebote(?:/[^/]+)?)$|da/(?:presse(?:/[^/]+|/side/[^/]+)?|medlemmer(?:/[^/]+)?|flagskibe(?:/[^/]+)?|partnere|kontakt|sog|arrangementer(?:/[^/]+)?|muligheder(?:/[^/]+)?)$|sv/(?:press(?:/[^/]+|/sida/[^/]+)?|medlemmar(?:/[^/]+)?|flaggskepp(?:/[^/]+)?|partner|kontakt|sok|evenemang(?:/[^/]+)?|mojligheter(?:/[^/]+)?)$|fi/(?:tiedotteet(?:/[^/]+|/sivu/[^/]+)?|jasenet(?:/[^/]+)?|karkihankkeet(?:/[^/]+)?|kumppanit|yhteystiedot|haku|tapahtumat(?:/[^/]+)?|mahdollisuudet(?:/[^/]+)?)$|pt/(?:imprensa(?:/[^/]+|/pagina/[^/]+)?|membros(?:/[^/]+)?|projetos-emblematicos(?:/[^/]+)?|parceiros|contacto|pesquisa|eventos(?:/[^/]+)?|oportunidades(?:/[^/]+)?)$|lt/(?:spauda(?:/[^/]+|/puslapis/[^/]+)?|nariai(?:/[^/]+)?|pavyzdines-iniciatyvos(?:/[^/]+)?|partneriai|kontaktai|paieska|renginiai(?:/[^/]+)?|galimybes(?:/[^/]+)?)$|cs/(?:tisk(?:/[^/]+|/strana/[^/]+)?|clenove(?:/[^/]+)?|stezejni-projekty(?:/[^/]+)?|partneri|kontakt|hledat|akce(?:/[^/]+)?|prilezitosti(?:/[^/]+)?)$).*)',
      missing: [{ type: 'header', key: 'x-heroes-mapped-from' }],
    },
    {
      source: '/:locale(en|nl|fr|de|da|sv|fi|pt|lt|cs)/:section/feed.xml',
      missing: [{ type: 'header', key: 'x-heroes-mapped-from' }],
    },
    // Likewise the calendars (`/de/events/calendar.ics` → `/de/veranstaltungen/calendar.ics`).
    {
      source: '/:locale(en|nl|fr|de|da|sv|fi|pt|lt|cs)/:section/:slug?/(calendar|events).ics',
      missing: [{ type: 'header', key: 'x-heroes-mapped-from' }],
    },
  ],
}
