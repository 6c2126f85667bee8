// A server that has just started is slow for its first few hundred requests of each page type:
// every route's code runs unoptimized until the JIT has seen it work. Measured
// (docs/performance.md, "A freshly started server warms its routes"): at 400 req/s of the home
// page from its first answer, p99 over the first 2 s was 829–2,035 ms cold and 132–250 ms after
// 3 s of this warm-up. So the server asks itself for one page of every route, round and round,
// before it listens where visitors (and a load balancer's readiness probe) reach it.
import http from 'node:http'

import { pathnames } from '../../i18n/routes.mjs'

/** The first path segment of each fixed section (`press`); any other single segment is a page. */
const sections = new Set(
  Object.keys(pathnames)
    .filter((route) => route !== '/' && !route.startsWith('/['))
    .map((route) => route.split('/')[1]),
)

/**
 * One address per route among the sitemap's addresses in its first locale: the home page, each
 * section's list, a free page, and one document below each section.
 * @param {string[]} addresses absolute URLs, as in sitemap.xml
 */
export function onePerRoute(addresses) {
  const paths = addresses.map((address) => new URL(address).pathname)
  const locale = paths[0]?.split('/')[1]
  const byRoute = new Map()
  for (const path of paths) {
    const [first, second, third, ...rest] = path.split('/').slice(1)
    if (first !== locale || rest.length > 0) continue
    const route =
      second === undefined
        ? '/'
        : third === undefined
          ? sections.has(second)
            ? `/${second}`
            : '/[slug]'
          : `/${second}/[slug]`
    if (!byRoute.has(route)) byRoute.set(route, path)
  }
  // The press list's later pages are in no sitemap, and their route's code would otherwise run
  // cold for the first visitor who pages back (245 ms against 30 ms at 10,000 releases).
  const listPage = pathnames['/press/page/[page]']?.[locale]
  if (byRoute.has('/press') && listPage)
    byRoute.set('/press/page/[page]', `/${locale}${listPage.replace('[page]', '2')}`)
  return [...byRoute.values()]
}

/**
 * Asks `origin` for its sitemap, then for one page of each route, `concurrency` at a time,
 * until `seconds` have passed. Never throws: a page that fails is asked for again, a sitemap
 * that fails leaves the home page only. Resolves with what was asked.
 * @param {{ origin: string, seconds: number, concurrency?: number }} options
 */
export async function warmUp({ origin, seconds, concurrency = 8 }) {
  const deadline = Date.now() + seconds * 1000
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const found = onePerRoute(await sitemapAddresses(origin, agent, deadline))
  const paths = found.length > 0 ? found : ['/']
  let sent = 0
  const worker = async () => {
    while (Date.now() < deadline)
      await get(`${origin}${paths[sent++ % paths.length]}`, agent, deadline)
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  agent.destroy()
  return { paths, requests: sent }
}

const locs = (xml) => [...(xml ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])

/**
 * The sitemap's page addresses. From a sitemap index, those of its first two parts: the site's
 * sections and documents, and the newest month of press releases (every route is among them).
 */
async function sitemapAddresses(origin, agent, deadline) {
  const sitemap = await get(`${origin}/sitemap.xml`, agent, deadline, true)
  if (!sitemap?.includes('<sitemapindex')) return locs(sitemap)
  const parts = locs(sitemap)
    .slice(0, 2)
    .map((loc) => `${origin}${new URL(loc).pathname}`)
  const xml = await Promise.all(parts.map((part) => get(part, agent, deadline, true)))
  return xml.flatMap(locs)
}

/** GET with a browser's Accept-Encoding (the server keeps compressed copies); body or null. */
function get(url, agent, deadline, keepBody = false) {
  return new Promise((resolve) => {
    const request = http.get(
      url,
      {
        agent,
        headers: { 'accept-encoding': keepBody ? 'identity' : 'br, gzip' },
        timeout: Math.max(1, deadline - Date.now()),
      },
      (response) => {
        const chunks = []
        response.on('data', (chunk) => keepBody && chunks.push(chunk))
        response.on('end', () =>
          resolve(response.statusCode === 200 ? Buffer.concat(chunks).toString() : null),
        )
        response.on('error', () => resolve(null))
      },
    )
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(null))
  })
}
