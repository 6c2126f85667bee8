// The localized paths' words and routes, in plain JavaScript: the app reads them through
// ./pathnames.ts, and the production server (scripts/server.mjs), which runs untranspiled, maps a
// locale's own address to the app's folder with `folderPath` before Next routes it.

/** @typedef {Record<'nl' | 'fr' | 'de' | 'da' | 'sv' | 'fi' | 'pt' | 'lt' | 'cs', string>} Localized */

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
    fi: '/karkihankkeet',
    pt: '/projetos-emblematicos',
    lt: '/pavyzdines-iniciatyvos',
    cs: '/stezejni-projekty',
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
  '/events': {
    nl: '/evenementen',
    fr: '/evenements',
    de: '/veranstaltungen',
    da: '/arrangementer',
    sv: '/evenemang',
    fi: '/tapahtumat',
    pt: '/eventos',
    lt: '/renginiai',
    cs: '/akce',
  },
  '/opportunities': {
    nl: '/kansen',
    fr: '/opportunites',
    de: '/angebote',
    da: '/muligheder',
    sv: '/mojligheter',
    fi: '/mahdollisuudet',
    pt: '/oportunidades',
    lt: '/galimybes',
    cs: '/prilezitosti',
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
}

/**
 * Section words a locale used before (the term base made each language's words consistent,
 * docs/terminology.md): their addresses keep answering, with a 308 to the current word.
 * @type {Partial<Record<keyof typeof sections, Partial<Localized>>>}
 */
export const retiredSections = {
  '/flagships': { fi: '/lippulaivat', lt: '/flagmanai', cs: '/vlajkove-projekty' },
}

/** "page" in the press list's pagination, `/de/presse/seite/2`. */
const page = {
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

/** The events' and opportunities' archives, `/de/veranstaltungen/archiv`. */
const past = {
  nl: 'archief',
  fr: 'archives',
  de: 'archiv',
  da: 'arkiv',
  sv: 'arkiv',
  fi: 'arkisto',
  pt: 'arquivo',
  lt: 'archyvas',
  cs: 'archiv',
}

/**
 * @param {keyof typeof sections} section
 * @param {(locale: keyof typeof page) => string} rest
 * @returns {Localized}
 */
const below = (section, rest) =>
  /** @type {Localized} */ (
    Object.fromEntries(
      Object.entries(sections[section]).map(([locale, path]) => [
        locale,
        `${path}${rest(/** @type {keyof typeof page} */ (locale))}`,
      ]),
    )
  )

/**
 * @param {string} english
 * @param {Localized} localized
 */
const withEnglish = (english, localized) => ({ en: english, ...localized })

/**
 * next-intl's pathnames: the app's folders (keys) and each locale's public path. `/de/presse/x`
 * is served from the `/press/[slug]` folder (`folderPath` below), and the proxy redirects
 * `/de/press/x` to it.
 */
export const pathnames = /** @type {const} */ ({
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
  '/events': withEnglish('/events', sections['/events']),
  '/events/past': withEnglish(
    '/events/past',
    below('/events', (l) => `/${past[l]}`),
  ),
  '/events/calendar.ics': withEnglish(
    '/events/calendar.ics',
    below('/events', () => '/calendar.ics'),
  ),
  '/events/[slug]': withEnglish(
    '/events/[slug]',
    below('/events', () => '/[slug]'),
  ),
  '/events/[slug]/calendar.ics': withEnglish(
    '/events/[slug]/calendar.ics',
    below('/events', () => '/[slug]/calendar.ics'),
  ),
  '/opportunities': withEnglish('/opportunities', sections['/opportunities']),
  '/opportunities/past': withEnglish(
    '/opportunities/past',
    below('/opportunities', (l) => `/${past[l]}`),
  ),
  '/opportunities/[slug]': withEnglish(
    '/opportunities/[slug]',
    below('/opportunities', () => '/[slug]'),
  ),
  '/members/[slug]/events.ics': withEnglish(
    '/members/[slug]/events.ics',
    below('/members', () => '/[slug]/events.ics'),
  ),
  '/[slug]': '/[slug]',
})

/** @param {string} text */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A path template (`/tisk/[slug]`) as a regular expression's source, each parameter a group, and
 * the parameters' names in order.
 * @param {string} template
 */
export function templatePattern(template) {
  /** @type {string[]} */
  const names = []
  const source = escapeRegExp(template).replace(/\\\[(\w+)\\\]/g, (_, name) => {
    names.push(name)
    return '([^/]+)'
  })
  return { source, names }
}

/**
 * Each locale's own addresses that differ from the app's folders, by their first two segments
 * (`cs/tisk`): the pattern of the whole path and the folder path it is served from.
 * @type {Map<string, { pattern: RegExp, folder: string }[]>}
 */
const toFolder = new Map()
for (const [route, config] of Object.entries(pathnames)) {
  if (typeof config === 'string') continue
  for (const [locale, template] of Object.entries(config)) {
    if (template === route) continue
    const pattern = new RegExp(`^/${locale}${templatePattern(template).source}$`)
    let index = 0
    const folder = `/${locale}${route.replace(/\[\w+\]/g, () => `$${++index}`)}`
    const key = `${locale}/${template.split('/')[1]}`
    toFolder.set(key, [...(toFolder.get(key) ?? []), { pattern, folder }])
  }
}

/**
 * The app folder's path that serves `pathname` when it is a locale's own address in that
 * locale's words (`/cs/tisk/x` → `/cs/press/x`), else null (already a folder's path, a free
 * page, another language's words, or no route's). What next.config's rewrites do in `next dev`.
 * @param {string} pathname
 * @returns {string | null}
 */
export function folderPath(pathname) {
  const second = pathname.indexOf('/', 1)
  if (second < 0) return null
  const third = pathname.indexOf('/', second + 1)
  const candidates = toFolder.get(pathname.slice(1, third < 0 ? undefined : third))
  if (!candidates) return null
  for (const { pattern, folder } of candidates)
    if (pattern.test(pathname)) return pathname.replace(pattern, folder)
  return null
}
