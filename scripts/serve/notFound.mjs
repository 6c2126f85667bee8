// Next answers a `notFound()` below the site's dynamic root layout (`[locale]`) with an empty
// `<html id="__next_error__">` document that only the browser's JavaScript fills in
// (vercel/next.js#62228, open): no `lang`, no header or footer, no text for visitors without
// JavaScript, crawlers or assistive technology reading the HTML. This server sends such a 404
// with the HTML of the locale's static 404 page instead (app/(frontend)/[locale]/page-not-found),
// still with status 404. The client router takes over at the address asked for, as after a
// rewrite.
import { randomUUID } from 'node:crypto'

/** The 404 page's folder below each locale. */
export const NOT_FOUND_PAGE = 'page-not-found'
const HEADER = 'x-heroes-not-found'

/** True when `body` is Next's empty error document. */
export const isErrorShell = (body) => body.includes('<html id="__next_error__"')

/**
 * @param {{ origin: () => string, locales: readonly string[] }} options `origin` is where this
 *   server can ask itself for the page (loopback).
 */
export function createNotFoundPage({ origin, locales }) {
  // Only this process's own requests may fetch the page by its address.
  const token = randomUUID()
  const own = new RegExp(`^/(${locales.join('|')})/${NOT_FOUND_PAGE}/?(?=$|\\?)`)
  const localeOf = (url) => {
    const segment = (url ?? '/').split(/[/?#]/, 2)[1] ?? ''
    return locales.includes(segment) ? segment : locales[0]
  }

  return {
    /**
     * A visitor asking for the page's own address gets what any unknown address gets: the
     * page with status 404 (through `replacement`), not a 200 that a crawler would index.
     */
    guard(req) {
      const internal = req.headers[HEADER] === token
      delete req.headers[HEADER]
      const found = own.exec(req.url ?? '')
      if (found && !internal) req.url = `/${found[1]}/${NOT_FOUND_PAGE}/-`
    },
    /**
     * The replacement for Next's error document on a 404: the locale's 404 page, keeping the
     * 404's caching headers. Null (the original goes out) when the page cannot be had.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async replacement(req, res) {
      if (req.method !== 'GET') return null
      const page = await fetch(`${origin()}/${localeOf(req.url)}/${NOT_FOUND_PAGE}`, {
        headers: { [HEADER]: token },
        signal: AbortSignal.timeout(5000),
      })
      if (!page.ok) return null
      const headers = { 'content-type': 'text/html; charset=utf-8' }
      for (const name of ['cache-control', 'vary']) {
        const value = res.getHeader(name)
        if (value !== undefined) headers[name] = String(value)
      }
      return { status: 404, headers, body: await page.text() }
    },
  }
}
