/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createRefusal, loadErrorTexts, refuseTunnel } from '../../scripts/serve/refuse.mjs'
import { sendRaw } from '../e2e/fixtures/rawHttp'
import { locales } from '@/i18n/locales'

const texts = loadErrorTexts('messages')

/** The refusal in front of a stand-in for Next that names the path and Host it was given. */
async function site() {
  const refuse = createRefusal({ texts })
  const server = http
    .createServer((req, res) => {
      if (refuse(req, res)) return
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end(`${req.method} ${req.url} ${req.headers.host}`)
    })
    .on('connect', refuseTunnel)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const send = (line: string, headers: string[] = [`Host: ${new URL(base).host}`]) =>
    sendRaw(base, [line, ...headers, 'Connection: close', '', ''].join('\r\n'))
  return { base, send, close: () => server.close() }
}

describe('requests Next cannot serve', () => {
  let s: Awaited<ReturnType<typeof site>>
  beforeAll(async () => {
    s = await site()
  })
  afterAll(() => s.close())

  it('has the error page texts in every locale', () => {
    expect(Object.keys(texts).sort()).toEqual([...locales].sort())
  })

  it('answers an unserved method with 405 and Allow: the error page, or JSON on the API', async () => {
    const page = await s.send('TRACE /de/presse HTTP/1.1')
    expect(page.status).toBe(405)
    expect(page.headers.allow).toContain('GET')
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('<html lang="de">')
    expect(page.body).toContain(texts.de.title)
    const api = await s.send('PROPFIND /api/pages HTTP/1.1')
    expect(api.status).toBe(405)
    expect(JSON.parse(api.body)).toEqual({ errors: [{ message: 'Method not allowed.' }] })
    expect((await s.send('CONNECT example.org:443 HTTP/1.1')).status).toBe(405)
  })

  it('answers OPTIONS * with the methods, and * otherwise with 400', async () => {
    const options = await s.send('OPTIONS * HTTP/1.1')
    expect(options.status).toBe(204)
    expect(options.headers.allow).toContain('POST')
    expect((await s.send('GET * HTTP/1.1')).status).toBe(400)
  })

  it('serves an absolute-form target as its path, with its authority as the Host', async () => {
    const answer = await s.send('GET http://example.org:8080/en/press?page=2 HTTP/1.1')
    expect(answer.body).toBe('GET /en/press?page=2 example.org:8080')
    expect((await s.send('GET https://example.org HTTP/1.1')).body).toBe('GET / example.org')
    expect((await s.send('GET ftp://example.org/en HTTP/1.1')).status).toBe(400)
    expect((await s.send('GET http://exa mple/en HTTP/1.1')).status).toBe(400)
  })

  it('refuses a Host that is no host, and lets HTTP/1.0 go without one', async () => {
    for (const host of ['', 'a b', '[::1', 'x/y', 'a@b', 'x'.repeat(300)])
      expect((await s.send('GET /en HTTP/1.1', [`Host: ${host}`])).status).toBe(400)
    for (const host of ['example.org', 'example.org:8080', '[::1]:3000', '127.0.0.1'])
      expect((await s.send('GET /en HTTP/1.1', [`Host: ${host}`])).status).toBe(200)
    expect((await s.send('GET /en HTTP/1.0', [])).status).toBe(200)
  })

  it('refuses a server action from another origin, and only that', async () => {
    const host = new URL(s.base).host
    const action = (
      origin: string | null,
      type = 'multipart/form-data; boundary=x',
      path = '/en/contact',
    ) =>
      fetch(`${s.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': type, ...(origin === null ? {} : { origin }) },
        body: '--x--\r\n',
      }).then((response) => response.status)
    expect(await action('http://evil.example')).toBe(403)
    expect(await action('null')).toBe(403)
    expect(await action('not a url')).toBe(400)
    expect(await action(`http://${host}`)).toBe(200)
    expect(await action(null)).toBe(200)
    // Not actions: Next takes no URL-encoded action, and the API has its own checks.
    expect(await action('http://evil.example', 'application/x-www-form-urlencoded')).toBe(200)
    expect(await action('http://evil.example', undefined, '/api/media')).toBe(200)
    const fetched = await fetch(`${s.base}/admin`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'next-action': 'abc', 'x-forwarded-host': host },
      body: '[]',
    })
    expect(fetched.status).toBe(403)
    const forwarded = await fetch(`${s.base}/en`, {
      method: 'POST',
      headers: {
        origin: 'https://portal.example',
        'next-action': 'abc',
        'x-forwarded-host': 'portal.example',
      },
      body: '[]',
    })
    expect(forwarded.status).toBe(200)
  })
})
