import { type Locale, locales } from './locales'
import { escapeRegExp, pathnames, retiredSections, templatePattern } from './routes.mjs'

/**
 * next-intl's pathnames: the app's folders (keys) and each locale's public path (`/de/presse/x`
 * for `/press/[slug]`), built in ./routes.mjs from each section's word per language.
 */
export { pathnames }

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
 * The page being shown, in another locale: the same route with the same params. `pathname` is
 * next-intl's usePathname: a route (`/press/[slug]`), or a plain path when Next hands over the
 * path a rewrite served (`/press/x`); a path outside the routes (a 404) keeps its form.
 */
export function samePageIn(locale: Locale, pathname: string, params: Record<string, unknown>) {
  if (pathname in pathnames) return formatPath(locale, pathname as Pathname, params)
  const found = routeOf(pathname)
  if (found) return formatPath(locale, found.route, { ...found.params, ...params })
  return `/${locale}${pathname === '/' ? '' : pathname}`
}

type Params = Record<string, string>
const templatesOf = (pathname: Pathname): Record<Locale, string> => {
  const config = pathnames[pathname] as string | Record<Locale, string>
  return typeof config === 'string'
    ? (Object.fromEntries(locales.map((l) => [l, config])) as Record<Locale, string>)
    : config
}

/** Routes from the most specific to the least: `/press/feed.xml` before `/press/[slug]`
 * before `/[slug]`, so a section's word is never read as a page's slug. */
const routesBySpecificity = (Object.keys(pathnames) as Pathname[]).sort((a, b) => {
  const dynamic = (p: string) => (p.match(/\[/g) ?? []).length
  return dynamic(a) - dynamic(b) || b.split('/').length - a.split('/').length
})

function matchTemplate(template: string, path: string): Params | null {
  const { source, names } = templatePattern(template)
  const found = new RegExp(`^${source}$`).exec(path)
  return found ? Object.fromEntries(names.map((name, i) => [name, found[i + 1]])) : null
}

/** The route a path below the locale belongs to, in any locale's words. */
function routeOf(path: string): { route: Pathname; params: Params } | null {
  for (const route of routesBySpecificity)
    for (const template of new Set([route, ...Object.values(templatesOf(route))])) {
      const params = matchTemplate(template, path)
      if (params) return { route, params }
    }
  return null
}

/**
 * Where a locale-prefixed path belongs: `null` when it is already this locale's own address (or
 * no route's), else the localized path of the same route, e.g. `/de/press/x` → `/de/presse/x`
 * and `/de/tisk` (Czech) → `/de/presse`.
 */
export function canonicalPath(locale: Locale, path: string): string | null {
  const rest = path.slice(locale.length + 1) || '/'
  for (const route of routesBySpecificity) {
    const templates = templatesOf(route)
    if (matchTemplate(templates[locale], rest)) return null
    for (const other of locales) {
      const params = matchTemplate(templates[other], rest)
      if (params) return formatPath(locale, route, params)
    }
    for (const template of retiredTemplates(route)) {
      const params = matchTemplate(template, rest)
      if (params) return formatPath(locale, route, params)
    }
  }
  return null
}

/** A route's templates in the words its section had before (`/lippulaivat/[slug]`). */
function retiredTemplates(route: Pathname): string[] {
  const section = `/${route.split('/')[1]}` as keyof typeof retiredSections
  const retired: Partial<Record<Locale, string>> = retiredSections[section] ?? {}
  return Object.entries(retired).map(([locale, word]) =>
    templatesOf(route)[locale as Locale].replace(/^\/[^/]+/, word as string),
  )
}

/**
 * The rewrites that serve each localized path from the app's folder in `next dev`
 * (`/de/presse/:slug` → `/de/press/:slug`; in production the server maps it, next.config.ts says
 * why). Rewrites in the config stay inside the server; the same rewrite made in the proxy is
 * sent back through the network when the server is bound to 127.0.0.1.
 *
 * One rewrite per route, its words as alternatives (`/:locale(de|fr|…)/:w0(presse|tisk|…)/:slug`):
 * Next matches every rewrite on every request, twice, so one per route and locale (93) cost about
 * a tenth of a cached page's CPU. A locale with another locale's word never gets here: the proxy
 * redirects it first (canonicalPath), and tests/unit/rewrites.test.ts runs every address through
 * Next's own rewrite matching (tests/unit/folders.test.ts, the server's mapping beside it).
 */
export function localizedRewrites(): { source: string; destination: string }[] {
  return routesBySpecificity.flatMap((route) => {
    const localized = Object.entries(templatesOf(route)).filter(([, t]) => t !== route)
    if (localized.length === 0) return []
    const parts = route.split('/').slice(1)
    const source = parts.map((part, i) => {
      const param = /^\[(\w+)\]$/.exec(part)
      if (param) return `:${param[1]}`
      const words = [...new Set(localized.map(([, template]) => template.split('/')[i + 1]))]
      // A literal is escaped by Next's path-to-regexp; a group is a regular expression.
      return words.length === 1 ? words[0] : `:w${i}(${words.map(escapeRegExp).join('|')})`
    })
    return [
      {
        source: `/:locale(${localized.map(([locale]) => locale).join('|')})/${source.join('/')}`,
        destination: `/:locale${route.replace(/\[(\w+)\]/g, ':$1')}`,
      },
    ]
  })
}
