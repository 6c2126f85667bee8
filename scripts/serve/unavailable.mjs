// A page that fails because the database is away is not a bug but an outage: instead of Next's
// 500 (whose text only the browser's JavaScript would fill in), the visitor gets a small page in
// their language with 503 and Retry-After, so browsers, crawlers and load balancers retry later.
// A 500 while the database answers stays a 500.
import fs from 'node:fs'
import path from 'node:path'

const RETRY_AFTER_SECONDS = 30

/** @typedef {{ title: string, description: string, home: string }} UnavailableText */

/**
 * The `Unavailable` texts of every locale in `dir` (messages/<locale>.json).
 * @returns {Record<string, UnavailableText>}
 */
export function loadUnavailableTexts(dir) {
  /** @type {Record<string, UnavailableText>} */
  const texts = {}
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const messages = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
    if (messages.Unavailable) texts[path.basename(file, '.json')] = messages.Unavailable
  }
  if (!texts.en) throw new Error(`${dir}/en.json has no "Unavailable" messages`)
  return texts
}

const escape = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  )

export function unavailablePage(locale, text) {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(locale)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escape(text.title)}</title>`,
    '<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:15vh auto;',
    'padding:0 1.5rem;color:#1a1a2e}h1{font-size:1.75rem;line-height:1.25}a{color:#003399}</style>',
    `</head><body><main role="alert"><h1>${escape(text.title)}</h1>`,
    `<p>${escape(text.description)}</p>`,
    `<p><a href="/${escape(locale)}">${escape(text.home)}</a></p></main></body></html>`,
  ].join('')
}

/**
 * The replacement for a failed page request: a localized 503 when `isDatabaseDown()` says so,
 * otherwise null (the original response goes out).
 * @param {{ texts: Record<string, UnavailableText>, isDatabaseDown: () => Promise<boolean> }} options
 */
export function createUnavailableFallback({ texts, isDatabaseDown }) {
  return async function fallback(req) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null
    const segment = (req.url ?? '/').split(/[/?#]/, 2)[1] ?? ''
    if (segment === 'admin' || segment === 'api') return null
    if (!(await isDatabaseDown())) return null
    const locale = texts[segment] ? segment : 'en'
    return {
      status: 503,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': String(RETRY_AFTER_SECONDS),
      },
      body: req.method === 'HEAD' ? '' : unavailablePage(locale, texts[locale]),
    }
  }
}
