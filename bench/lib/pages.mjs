// The pages the benchmark loads: one of each public page type in English, and the same document
// in a second locale, found through the page's own hreflang alternates (so translated URLs work).
import http from 'node:http'

// The event and opportunity pages show the sample events and offer (tests/helpers/sampleEvents.ts,
// sampleOpportunities.ts), which bench/run.mjs creates in the benchmark's own database: the seed has none.
export const SAMPLE_EVENT_PATH = '/en/events/sample-open-lab-day'
export const PAGE_TYPES = [
  { type: 'home', path: '/en' },
  { type: 'press list', path: '/en/press' },
  { type: 'press detail', path: '/en/press/heroes-selected-as-european-university-alliance' },
  { type: 'members', path: '/en/members' },
  { type: 'flagship detail', path: '/en/flagships/education4heroes' },
  { type: 'event detail', path: SAMPLE_EVENT_PATH },
  // A filter's parameters are the same in every language: the alternate is asked the same.
  { type: 'events filtered', path: '/en/events?format=onsite' },
  // The sample learning offer (tests/helpers/sampleOpportunities.ts) passes these filters.
  { type: 'opportunities filtered', path: '/en/opportunities?kind=micro-credential&mode=online' },
]

/** The pathname of each `<link rel="alternate" hreflang>` of an HTML page, by locale. */
export function alternates(html) {
  const found = {}
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/rel="alternate"/.test(tag)) continue
    const lang = /hreflang="([^"]+)"/i.exec(tag)?.[1]
    const href = /href="([^"]+)"/.exec(tag)?.[1]
    if (lang && href) found[lang] = new URL(href.replaceAll('&amp;', '&'), 'http://x').pathname
  }
  return found
}

/** Characters above U+00FF make V8 hold the page as a two-byte string (see docs/performance.md). */
export const isTwoByte = (text) => /[^\u0000-\u00ff]/.test(text)

export async function fetchPage(base, path) {
  const response = await fetch(new URL(path, base))
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  const bytes = Buffer.from(await response.arrayBuffer())
  return { bytes, headers: response.headers }
}

/** The body as sent for an Accept-Encoding, not decoded, and its encoding. */
export function fetchEncoded(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          encoding: res.headers['content-encoding'] ?? null,
          bytes: Buffer.concat(chunks),
        }),
      )
    })
    req.on('error', reject)
  })
}

/** Fetches each page type in English and in `locale`; returns their bytes and headers. */
export async function discoverPages(base, locale, types = PAGE_TYPES) {
  const pages = []
  for (const { type, path } of types) {
    const en = await fetchPage(base, path)
    const alternate = alternates(en.bytes.toString())[locale]
    if (!alternate) throw new Error(`${path} has no ${locale} alternate`)
    const other = alternate + (path.includes('?') ? path.slice(path.indexOf('?')) : '')
    pages.push(describe(type, 'en', path, en))
    pages.push(describe(type, locale, other, await fetchPage(base, other)))
  }
  return pages
}

function describe(type, locale, path, { bytes, headers }) {
  return {
    id: `${type.replaceAll(' ', '-')}-${locale}`,
    type,
    locale,
    path,
    bytes,
    twoByte: isTwoByte(bytes.toString()),
    cacheControl: headers.get('cache-control') ?? '',
    nextCache: headers.get('x-nextjs-cache') ?? '',
  }
}
