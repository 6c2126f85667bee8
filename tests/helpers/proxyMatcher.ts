import { locales } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { retiredSections } from '@/i18n/routes.mjs'

const segments = (path: string) => path.split('/').slice(2)
const word = (locale: (typeof locales)[number], section: Parameters<typeof localizedPath>[1]) =>
  segments(localizedPath(locale, section))[0]

/**
 * The paths the proxy can skip, as proxy.ts's matcher lists them (a literal there: Next reads the
 * matcher at build time): a known locale alone, its own words for the sections (and their
 * documents and press pages), and any other single segment that is no language's section word
 * (a free page's slug). Everything else (another language's words, unknown locales, no locale)
 * still reaches the proxy.
 */
export function skippedByProxy(): string {
  // Retired section words (`/fi/lippulaivat`) too: the proxy answers them with a 308.
  const all = new Set([
    ...locales.flatMap((l) =>
      (
        [
          '/press',
          '/members',
          '/flagships',
          '/partners',
          '/contact',
          '/search',
          '/events',
          '/opportunities',
        ] as const
      ).map((s) => word(l, s)),
    ),
    ...Object.values(retiredSections).flatMap((byLocale) =>
      Object.values(byLocale).map((path) => path.slice(1)),
    ),
  ])
  const prefix = `(?:${locales.join('|')})`
  const freePage = `${prefix}(?:/(?!(?:${[...all].sort().join('|')})$)[^/]+)?$`
  const ownWords = locales.map((l) => {
    const [press, pageWord] = segments(
      localizedPath(l, { pathname: '/press/page/[page]', params: { page: 'n' } }),
    )
    const own = [
      `${press}(?:/[^/]+|/${pageWord}/[^/]+)?`,
      `${word(l, '/members')}(?:/[^/]+)?`,
      `${word(l, '/flagships')}(?:/[^/]+)?`,
      word(l, '/partners'),
      word(l, '/contact'),
      word(l, '/search'),
      `${word(l, '/events')}(?:/[^/]+)?`,
      `${word(l, '/opportunities')}(?:/[^/]+)?`,
    ]
    return `${l}/(?:${own.join('|')})$`
  })
  return [freePage, ...ownWords].join('|')
}
