/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createContentSecurityPolicy } from '../../scripts/serve/csp.mjs'
import { createNotFoundPage, NOT_FOUND_PAGE } from '../../scripts/serve/notFound.mjs'
import { locales } from '@/i18n/locales'

const shell =
  '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"x"])</script></body></html>'
const notFoundHtml = (locale: string) =>
  `<!DOCTYPE html><html lang="${locale}"><body><h1>404 ${locale}</h1><script>boot()</script></body></html>`

// A stand-in for Next behind the real policy layer and the real 404 replacement: unknown pages
// are Next's empty error document, the 404 page's own address is a page (200).
async function site() {
  let origin = ''
  const notFound = createNotFoundPage({ origin: () => origin, locales })
  const applyPolicy = createContentSecurityPolicy({ https: false, notFound: notFound.replacement })
  const seen: string[] = []
  const server = http.createServer((req, res) => {
    notFound.guard(req)
    seen.push(req.url ?? '')
    applyPolicy(req, res)
    res.setHeader('cache-control', 'public, max-age=0, s-maxage=60')
    const own = new RegExp(`^/([a-z]{2})/${NOT_FOUND_PAGE}$`).exec(req.url ?? '')
    if (own) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return res.end(notFoundHtml(own[1]))
    }
    if (req.url === '/en/plain-404') {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      return res.end('<!DOCTYPE html><html lang="en"><body>Not here</body></html>')
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(shell)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, seen, close: () => server.close() }
}

describe('the 404 page in place of Next’s empty error document', () => {
  it('is the locale’s page, with status 404, its caching and a policy for its own scripts', async () => {
    const { origin, close } = await site()
    try {
      for (const locale of ['cs', 'de', 'en']) {
        const response = await fetch(`${origin}/${locale}/no-such-page`)
        expect(response.status).toBe(404)
        expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60')
        // The hash of the replacement's own inline script, not the error document's.
        expect(response.headers.get('content-security-policy')).toMatch(/'sha256-[^']+'/)
        const html = await response.text()
        expect(html).toBe(notFoundHtml(locale))
      }
      // An unknown first segment gets the default locale's page.
      expect(await (await fetch(`${origin}/xx/y`)).text()).toBe(notFoundHtml('en'))
    } finally {
      close()
    }
  })

  it('leaves other 404s, and requests that are not GET, alone', async () => {
    const { origin, close } = await site()
    try {
      expect(await (await fetch(`${origin}/en/plain-404`)).text()).toContain('Not here')
      const head = await fetch(`${origin}/en/no-such-page`, { method: 'HEAD' })
      expect(head.status).toBe(404)
      const post = await fetch(`${origin}/en/no-such-page`, { method: 'POST' })
      expect(await post.text()).toBe(shell)
    } finally {
      close()
    }
  })

  it('answers a visitor asking for the page’s own address with a 404, not the page as a 200', async () => {
    const { origin, seen, close } = await site()
    try {
      const response = await fetch(`${origin}/de/${NOT_FOUND_PAGE}`)
      expect(response.status).toBe(404)
      expect(await response.text()).toBe(notFoundHtml('de'))
      // Asked as an unknown address; only the server's own request, with its token, got the page.
      expect(seen).toEqual([`/de/${NOT_FOUND_PAGE}/-`, `/de/${NOT_FOUND_PAGE}`])
      // A visitor cannot borrow the header: without this process's token it is a 404 again.
      const forged = await fetch(`${origin}/de/${NOT_FOUND_PAGE}`, {
        headers: { 'x-heroes-not-found': 'guess' },
      })
      expect(forged.status).toBe(404)
    } finally {
      close()
    }
  })
})
