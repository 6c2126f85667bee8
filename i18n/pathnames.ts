import type { Locale } from './locales'

type Localized = Record<Exclude<Locale, 'en'>, string>

/** Each fixed section's path segment in every language (ASCII, as people type them). */
const sections = {
  '/press': {
    nl: '/pers',
    fr: '/presse',
    de: '/presse',
    da: '/presse',
    sv: '/press',
    fi: '/tiedotteet',
    pt: '/imprensa',
    lt: '/spauda',
    cs: '/tisk',
  },
  '/members': {
    nl: '/leden',
    fr: '/membres',
    de: '/mitglieder',
    da: '/medlemmer',
    sv: '/medlemmar',
    fi: '/jasenet',
    pt: '/membros',
    lt: '/nariai',
    cs: '/clenove',
  },
  '/flagships': {
    nl: '/vlaggenschepen',
    fr: '/projets-phares',
    de: '/leuchtturmprojekte',
    da: '/flagskibe',
    sv: '/flaggskepp',
    fi: '/lippulaivat',
    pt: '/projetos-emblematicos',
    lt: '/flagmanai',
    cs: '/vlajkove-projekty',
  },
  '/partners': {
    nl: '/partners',
    fr: '/partenaires',
    de: '/partner',
    da: '/partnere',
    sv: '/partner',
    fi: '/kumppanit',
    pt: '/parceiros',
    lt: '/partneriai',
    cs: '/partneri',
  },
  '/contact': {
    nl: '/contact',
    fr: '/contact',
    de: '/kontakt',
    da: '/kontakt',
    sv: '/kontakt',
    fi: '/yhteystiedot',
    pt: '/contacto',
    lt: '/kontaktai',
    cs: '/kontakt',
  },
  '/search': {
    nl: '/zoeken',
    fr: '/recherche',
    de: '/suche',
    da: '/sog',
    sv: '/sok',
    fi: '/haku',
    pt: '/pesquisa',
    lt: '/paieska',
    cs: '/hledat',
  },
} satisfies Record<string, Localized>

/** "page" in the press list's pagination, `/de/presse/seite/2`. */
const page: Localized = {
  nl: 'pagina',
  fr: 'page',
  de: 'seite',
  da: 'side',
  sv: 'sida',
  fi: 'sivu',
  pt: 'pagina',
  lt: 'puslapis',
  cs: 'strana',
}

const below = (section: keyof typeof sections, rest: (locale: Exclude<Locale, 'en'>) => string) =>
  Object.fromEntries(
    Object.entries(sections[section]).map(([locale, path]) => [
      locale,
      `${path}${rest(locale as Exclude<Locale, 'en'>)}`,
    ]),
  ) as Localized

const withEnglish = (english: string, localized: Localized) => ({ en: english, ...localized })

/**
 * next-intl's pathnames: the app's folders (keys) and each locale's public path. The proxy
 * rewrites `/de/presse/x` to the `/press/[slug]` route and redirects `/de/press/x` to it.
 */
export const pathnames = {
  '/': '/',
  '/press': withEnglish('/press', sections['/press']),
  '/press/[slug]': withEnglish(
    '/press/[slug]',
    below('/press', () => '/[slug]'),
  ),
  '/press/page/[page]': withEnglish(
    '/press/page/[page]',
    below('/press', (l) => `/${page[l]}/[page]`),
  ),
  '/press/feed.xml': withEnglish(
    '/press/feed.xml',
    below('/press', () => '/feed.xml'),
  ),
  '/members': withEnglish('/members', sections['/members']),
  '/members/[slug]': withEnglish(
    '/members/[slug]',
    below('/members', () => '/[slug]'),
  ),
  '/flagships': withEnglish('/flagships', sections['/flagships']),
  '/flagships/[slug]': withEnglish(
    '/flagships/[slug]',
    below('/flagships', () => '/[slug]'),
  ),
  '/partners': withEnglish('/partners', sections['/partners']),
  '/contact': withEnglish('/contact', sections['/contact']),
  '/search': withEnglish('/search', sections['/search']),
  '/[slug]': '/[slug]',
} as const

export type Pathname = keyof typeof pathnames
export type Href =
  | Exclude<Pathname, `${string}[${string}`>
  | { pathname: Extract<Pathname, `${string}[slug]${string}`>; params: { slug: string } }
  | { pathname: '/press/page/[page]'; params: { page: number | string } }

/**
 * The public path of `href` in `locale`, with its locale prefix: what next-intl's Link renders,
 * for the places that need a plain string (absolute URLs, the sitemap, feeds, search, preview).
 */
export function localizedPath(locale: Locale, href: Href): string {
  return typeof href === 'string'
    ? formatPath(locale, href, {})
    : formatPath(locale, href.pathname, href.params)
}

function formatPath(locale: Locale, pathname: Pathname, params: Record<string, unknown>) {
  const config = pathnames[pathname] as string | Record<Locale, string>
  const template = typeof config === 'string' ? config : config[locale]
  const path = template.replace(/\[(\w+)\]/g, (_, key: string) =>
    encodeURIComponent(String(params[key])),
  )
  return `/${locale}${path === '/' ? '' : path}`
}

/**
 * The page being shown, in another locale: the same route (`pathname` as next-intl's
 * usePathname gives it) with the same params. A path outside the routes (a 404) keeps its form.
 */
export function samePageIn(locale: Locale, pathname: string, params: Record<string, unknown>) {
  if (pathname in pathnames) return formatPath(locale, pathname as Pathname, params)
  return `/${locale}${pathname === '/' ? '' : pathname}`
}
