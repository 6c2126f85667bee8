// The content-volume figures of one running portal (issue 26): sitemap, list pages at depth,
// search, the admin's list, saves, publish → visible, memory. Loopback only.
import { pathnames } from '../../i18n/routes.mjs'
import { groupRss, withPeakRss } from '../lib/servers.mjs'
import { publishVisible } from '../publish-visible.mjs'

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]
const round = (ms) => Math.round(ms * 10) / 10

async function timed(url, init) {
  const started = performance.now()
  const response = await fetch(url, init)
  const body = await response.text()
  return { ms: performance.now() - started, status: response.status, body }
}

/** A route's address in `locale`'s own words (`/cs/tisk/strana/50`). */
const localized = (locale, route, param) =>
  `/${locale}${pathnames[route][locale].replace(/\[(page|slug)\]/, param)}`

const locs = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])

/** Every part of the sitemap, first request each, with the server's peak memory meanwhile. */
async function sitemap(portal) {
  const { result, peakRss } = await withPeakRss(portal.child.pid, async () => {
    const index = await timed(`${portal.url}/sitemap.xml`)
    const parts = []
    for (const loc of locs(index.body)) {
      const part = await timed(`${portal.url}${new URL(loc).pathname}`)
      if (part.status !== 200) throw new Error(`${loc}: HTTP ${part.status}`)
      parts.push({ ms: part.ms, bytes: Buffer.byteLength(part.body), urls: locs(part.body).length })
    }
    return { ok: 1, non2xx: 0, index, parts }
  })
  const { index, parts } = result
  return {
    indexMs: round(index.ms),
    indexBytes: Buffer.byteLength(index.body),
    parts: parts.length,
    urls: parts.reduce((sum, p) => sum + p.urls, 0),
    maxPartUrls: Math.max(...parts.map((p) => p.urls)),
    maxPartBytes: Math.max(...parts.map((p) => p.bytes)),
    slowestPartMs: round(Math.max(...parts.map((p) => p.ms))),
    peakRss,
  }
}

/** First and second request of list pages at depth, in English and Czech. */
async function lists(portal, total) {
  const last = Math.max(1, Math.ceil(total / 10))
  const depths = [...new Set([2, 50, 101, 500, last].filter((page) => page >= 2 && page <= last))]
  const rows = []
  for (const locale of ['en', 'cs'])
    for (const page of depths) {
      const url = `${portal.url}${localized(locale, '/press/page/[page]', page)}`
      const first = await timed(url)
      const again = await timed(url)
      if (first.status !== 200) throw new Error(`${url}: HTTP ${first.status}`)
      rows.push({ locale, page, firstMs: round(first.ms), cachedMs: round(again.ms) })
    }
  return rows
}

/** The oldest release's page (never prerendered at volume), in English and Czech. */
async function oldestRelease(portal, headers) {
  const url = `${portal.url}/api/press-releases?limit=1&depth=0&sort=publishedAt&locale=all&select[slug]=true`
  const [doc] = (await (await fetch(url, { headers })).json()).docs
  const rows = []
  for (const locale of ['en', 'cs']) {
    const slug = doc.slug[locale] ?? doc.slug.en
    const page = `${portal.url}${localized(locale, '/press/[slug]', slug)}`
    const first = await timed(page)
    const again = await timed(page)
    if (first.status !== 200) throw new Error(`${page}: HTTP ${first.status}`)
    rows.push({ locale, firstMs: round(first.ms), cachedMs: round(again.ms) })
  }
  return rows
}

/** `runs` searches after a warm-up; median and p95, and whether the page shows the true total. */
async function search(portal, expected) {
  const rows = []
  for (const [locale, path] of [
    ['en', '/en/search'],
    ['cs', '/cs/hledat'],
  ]) {
    const times = []
    let body = ''
    for (let i = 0; i < 23; i++) {
      const page = 1 + (i % 5) * 20
      const result = await timed(`${portal.url}${path}?q=heroes&page=${page}`)
      if (result.status !== 200) throw new Error(`${path}: HTTP ${result.status}`)
      if (i >= 3) times.push(result.ms)
      if (i === 0) body = result.body
    }
    const shown = new Intl.NumberFormat(locale).format(expected[locale])
    rows.push({
      locale,
      medianMs: round(median(times)),
      p95Ms: round(p95(times)),
      expected: expected[locale],
      totalShown: body.includes(shown),
    })
  }
  return rows
}

/** The admin's list (REST, as the admin asks it) at page 50 and the last page. */
async function adminList(portal, headers, total) {
  const last = Math.max(1, Math.ceil(total / 10))
  const rows = []
  for (const page of [...new Set([50, last].filter((p) => p <= last))]) {
    const times = []
    for (let i = 0; i < 6; i++) {
      const url = `${portal.url}/api/press-releases?limit=10&page=${page}&depth=0&sort=-publishedAt`
      const result = await timed(url, { headers })
      if (result.status !== 200) throw new Error(`${url}: HTTP ${result.status}`)
      if (i > 0) times.push(result.ms)
    }
    rows.push({ page, medianMs: round(median(times)) })
  }
  return rows
}

/** Saves through REST (what the admin sends): the newest and the oldest releases, median. */
async function saves(portal, headers) {
  const ids = async (sort) => {
    const url = `${portal.url}/api/press-releases?limit=10&depth=0&sort=${sort}&select[id]=true`
    return (await (await fetch(url, { headers })).json()).docs.map((d) => d.id)
  }
  const result = {}
  for (const [name, sort] of [
    ['newest', '-publishedAt'],
    ['oldest', 'publishedAt'],
  ]) {
    const times = []
    for (const id of await ids(sort)) {
      const url = `${portal.url}/api/press-releases/${id}?locale=en&depth=0`
      const body = JSON.stringify({ summary: `Edited by the benchmark ${Date.now()}` })
      const saved = await timed(url, { method: 'PATCH', headers, body })
      if (saved.status !== 200) throw new Error(`save ${id}: HTTP ${saved.status}`)
      times.push(saved.ms)
    }
    result[name] = round(median(times))
  }
  return result
}

/** Runs one measurement; a failure is recorded (and reported) rather than ending the run. */
async function attempt(name, measure) {
  try {
    return await measure()
  } catch (error) {
    console.error(`${name}: ${error}`)
    return { error: String(error) }
  }
}

export async function measurePortal({ portal, headers, total, expected }) {
  const rssStart = groupRss(portal.child.pid)
  const figures = {
    sitemap: await attempt('sitemap', () => sitemap(portal)),
    lists: await attempt('lists', () => lists(portal, total)),
    release: await attempt('release', () => oldestRelease(portal, headers)),
    search: await attempt('search', () => search(portal, expected)),
    admin: await attempt('admin', () => adminList(portal, headers, total)),
    saves: await attempt('saves', () => saves(portal, headers)),
    publish: await attempt('publish', () =>
      publishVisible({ base: portal.url, headers, locales: ['en', 'cs'], runs: 2 }),
    ),
  }
  return { ...figures, rssStart, rssEnd: groupRss(portal.child.pid) }
}
