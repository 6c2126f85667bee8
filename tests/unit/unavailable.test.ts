/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createContentSecurityPolicy } from '../../scripts/serve/csp.mjs'
import {
  createUnavailableFallback,
  loadUnavailableTexts,
} from '../../scripts/serve/unavailable.mjs'
import { locales } from '@/i18n/locales'

const texts = loadUnavailableTexts('messages')

// A page that fails with Next's 500, behind the real policy layer with the real fallback.
async function failingSite(databaseDown: boolean) {
  const applyPolicy = createContentSecurityPolicy({
    https: false,
    fallback: createUnavailableFallback({ texts, isDatabaseDown: async () => databaseDown }),
  })
  const server = http.createServer((req, res) => {
    applyPolicy(req, res)
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<!DOCTYPE html><html><body><script>self.__next_f.push([1,"e"])</script></body></html>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { base: `http://127.0.0.1:${port}`, close: () => server.close() }
}

describe('a page failing while the database is away', () => {
  it('has its texts in every locale', () => {
    expect(Object.keys(texts).sort()).toEqual([...locales].sort())
  })

  it('becomes a localized 503 with Retry-After, not cached, security headers kept', async () => {
    const { base, close } = await failingSite(true)
    try {
      for (const locale of ['cs', 'lt', 'de']) {
        const response = await fetch(`${base}/${locale}/search?q=x`)
        expect(response.status).toBe(503)
        expect(response.headers.get('retry-after')).toBe('30')
        expect(response.headers.get('cache-control')).toBe('no-store')
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
        const html = await response.text()
        expect(html).toContain(`<html lang="${locale}">`)
        expect(html).toContain(texts[locale].title)
        expect(html).toContain(`href="/${locale}"`)
        expect(html).not.toContain('__next_f')
      }
      // An unknown first segment falls back to English; the admin and the API are left alone.
      expect(await (await fetch(`${base}/xx`)).text()).toContain(texts.en.title)
      expect((await fetch(`${base}/admin`)).status).toBe(500)
      expect((await fetch(`${base}/en`, { method: 'POST' })).status).toBe(500)
    } finally {
      close()
    }
  })

  it('stays a 500 when the database answers (a bug is not an outage)', async () => {
    const { base, close } = await failingSite(false)
    try {
      const response = await fetch(`${base}/en/search`)
      expect(response.status).toBe(500)
      expect(await response.text()).toContain('__next_f')
    } finally {
      close()
    }
  })
})
