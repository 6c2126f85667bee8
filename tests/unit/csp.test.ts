/** @jest-environment node */
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import compression from 'compression'

import {
  buildPolicy,
  createContentSecurityPolicy,
  inlineScriptHashes,
  policyKind,
} from '../../scripts/serve/csp.mjs'
import { createEncodedCache, negotiate } from '../../scripts/serve/encoded.mjs'
import { createEtags, etagOf } from '../../scripts/serve/etags.mjs'

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')

const page = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async></script>',
  '<script type="application/ld+json">{"@type":"Organization"}</script></head><body>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"Čeština — Lietuvių"])</script>',
  '<script type="module">import("/x.js")</script></body></html>',
].join('')

describe('inline script hashes', () => {
  it('hashes every inline script the browser would run, not external or data blocks', () => {
    expect(inlineScriptHashes(page)).toEqual([
      sha('(self.__next_f=self.__next_f||[]).push([0])'),
      sha('self.__next_f.push([1,"Čeština — Lietuvių"])'),
      sha('import("/x.js")'),
    ])
  })
})

describe('policy', () => {
  it('allows own-origin scripts and exactly the hashed inline ones, never unsafe-inline', () => {
    const policy = buildPolicy('site', ['abc='], { https: false })
    const script = policy.split('; ').find((d) => d.startsWith('script-src'))
    expect(script).toBe("script-src 'self' 'sha256-abc='")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain('upgrade-insecure-requests')
    expect(buildPolicy('site', [], { https: true })).toContain('upgrade-insecure-requests')
  })

  it('lets only the admin frame draft pages of its own origin', () => {
    expect(buildPolicy('admin', [], { https: false })).toContain("frame-src 'self'")
    expect(buildPolicy('admin', [], { https: false })).toContain("frame-ancestors 'none'")
    expect(buildPolicy('preview', [], { https: false })).toContain("frame-ancestors 'self'")
    expect(buildPolicy('site', [], { https: false })).toContain("frame-src 'none'")
  })

  it('tells admin, draft-mode and public requests apart', () => {
    expect(policyKind({ url: '/admin/collections/pages', headers: {} })).toBe('admin')
    expect(policyKind({ url: '/administration', headers: {} })).toBe('site')
    expect(policyKind({ url: '/en', headers: { cookie: 'a=1; __prerender_bypass=x' } })).toBe(
      'preview',
    )
    expect(policyKind({ url: '/en', headers: { cookie: 'x__prerender_bypass=1' } })).toBe('site')
  })
})

// The server's real stack: compression beneath the policy, as in scripts/server.mjs.
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void
async function serve(handler: Handler, encoded = createEncodedCache()) {
  const compress = compression()
  const applyPolicy = createContentSecurityPolicy({ https: false, encoded })
  const server = http.createServer((req, res) =>
    compress(req as never, res as never, () => {
      applyPolicy(req, res)
      handler(req, res)
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { base: `http://127.0.0.1:${port}`, close: () => server.close() }
}

describe('the policy on a response', () => {
  it('covers a page written at once with writeHead, and keeps its bytes (compressed)', async () => {
    let renders = 0
    const { base, close } = await serve((_req, res) => {
      renders++
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' })
      res.end(page)
    })
    try {
      const response = await fetch(base, { headers: { 'accept-encoding': 'gzip' } })
      expect(response.headers.get('content-encoding')).toBe('gzip')
      expect(await response.text()).toBe(page)
      const policy = response.headers.get('content-security-policy') ?? ''
      for (const hash of inlineScriptHashes(page)) expect(policy).toContain(`'sha256-${hash}'`)
      // Served again under the same ETag: the same policy, the body still intact.
      const again = await fetch(base)
      expect(again.headers.get('content-security-policy')).toBe(policy)
      expect(await again.text()).toBe(page)
      expect(renders).toBe(2)
    } finally {
      close()
    }
  })

  it('covers a streamed page whose scripts arrive in several chunks', async () => {
    const { base, close } = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.flushHeaders()
      const half = Math.floor(page.length / 2)
      res.write(page.slice(0, half))
      setTimeout(() => res.end(Buffer.from(page.slice(half))), 20)
    })
    try {
      const response = await fetch(base)
      expect(await response.text()).toBe(page)
      const policy = response.headers.get('content-security-policy') ?? ''
      expect(inlineScriptHashes(page).every((hash) => policy.includes(hash))).toBe(true)
    } finally {
      close()
    }
  })

  it('leaves other responses untouched and streaming', async () => {
    const { base, close } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"a":')
      res.end('1}')
    })
    try {
      const response = await fetch(base, { headers: { 'accept-encoding': 'identity' } })
      expect(response.headers.get('content-security-policy')).toBeNull()
      expect(await response.json()).toEqual({ a: 1 })
    } finally {
      close()
    }
  })

  it('compresses with brotli when asked, after reading the body', async () => {
    const big = page + '<p>' + 'Resilience '.repeat(500) + '</p>'
    const { base, close } = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(big)
    })
    try {
      const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>(
        (resolve, reject) =>
          http
            .get(base, { headers: { 'accept-encoding': 'br' } }, (res) => {
              const chunks: Buffer[] = []
              res.on('data', (c: Buffer) => chunks.push(c))
              res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
            })
            .on('error', reject),
      )
      expect(raw.headers['content-encoding']).toBe('br')
      expect(zlib.brotliDecompressSync(raw.body).toString('utf8')).toBe(big)
      expect(raw.headers['content-security-policy']).toContain(
        `'sha256-${inlineScriptHashes(big)[0]}'`,
      )
    } finally {
      close()
    }
  })
})

describe('compressed copies of cached pages', () => {
  it('negotiates brotli, then gzip, honouring q=0', () => {
    expect(negotiate('gzip, deflate, br, zstd')).toBe('br')
    expect(negotiate('gzip;q=0.8, br;q=0')).toBe('gzip')
    expect(negotiate('*')).toBe('br')
    expect(negotiate('identity')).toBeNull()
    expect(negotiate(undefined)).toBeNull()
  })

  it('compresses a page with an ETag once per encoding and serves the copy after', async () => {
    const big = page + '<p>' + 'Odolnost, resilience, atsparumas. '.repeat(400) + '</p>'
    const encoded = createEncodedCache()
    const { base, close } = await serve((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(big),
        etag: '"big"',
        vary: 'rsc',
      })
      res.end(big)
    }, encoded)
    const get = (encoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
        http
          .get(base, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
          })
          .on('error', reject),
      )
    try {
      const first = await get('br, gzip')
      const second = await get('br')
      const zipped = await get('gzip')
      const plain = await get('identity')
      expect(first.headers['content-encoding']).toBe('br')
      expect(Number(first.headers['content-length'])).toBe(first.body.length)
      expect(first.headers.vary).toBe('rsc, Accept-Encoding')
      expect(second.body.equals(first.body)).toBe(true)
      expect(zlib.brotliDecompressSync(second.body).toString('utf8')).toBe(big)
      expect(zipped.headers['content-encoding']).toBe('gzip')
      expect(zlib.gunzipSync(zipped.body).toString('utf8')).toBe(big)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.toString('utf8')).toBe(big)
      expect(encoded.size).toBe(2)
      expect(first.body.length).toBeLessThan(Buffer.byteLength(big) / 10)
      expect(second.headers.vary).toBe('rsc, Accept-Encoding')
      for (const response of [first, second, zipped, plain])
        expect(response.headers['content-security-policy']).toContain(
          `'sha256-${inlineScriptHashes(big)[0]}'`,
        )
    } finally {
      close()
    }
  })

  it('hashes and compresses a page anew when its ETag changes', async () => {
    const versions = ['Verze 1', 'Verze 2'].map(
      (text) =>
        `<html><body><script>self.v=${JSON.stringify(text)}</script>${'<p>ů</p>'.repeat(300)}</body></html>`,
    )
    let current = 0
    const { base, close } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: `"v${current}"` })
      res.end(versions[current])
    })
    try {
      const read = async () => {
        const response = await fetch(base, { headers: { 'accept-encoding': 'br' } })
        return {
          policy: response.headers.get('content-security-policy') ?? '',
          body: await response.text(),
        }
      }
      const before = [await read(), await read()]
      current = 1
      const after = await read()
      expect(before.map((r) => r.body)).toEqual([versions[0], versions[0]])
      expect(after.body).toBe(versions[1])
      expect(after.policy).toContain(`'sha256-${inlineScriptHashes(versions[1])[0]}'`)
      expect(after.policy).not.toContain(`'sha256-${inlineScriptHashes(versions[0])[0]}'`)
    } finally {
      close()
    }
  })
})

function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status?: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) =>
      http
        .get(url, { headers }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }))
        })
        .on('error', reject),
  )
}

describe('ETags of pages sent whole', () => {
  it('tags a page, answers a request for the same version with a 304, and retags a new one', async () => {
    const versions = ['Verze 1', 'Verze 2'].map(
      (text) => `<html><body><p>${text}</p></body></html>`,
    )
    let current = 0
    let etags: ReturnType<typeof createEtags> | undefined
    const compress = compression()
    const applyPolicy = createContentSecurityPolicy({
      https: false,
      etags: (etags = createEtags()),
    })
    const server = http.createServer((req, res) =>
      compress(req as never, res as never, () => {
        applyPolicy(req, res)
        res.setHeader('content-type', 'text/html; charset=utf-8')
        res.setHeader('cache-control', 'public, max-age=0, s-maxage=60')
        res.end(versions[current])
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const first = await fetch(base)
      const tag = first.headers.get('etag') ?? ''
      expect(tag).toBe(etagOf(versions[0]))
      expect(await first.text()).toBe(versions[0])

      // As a browser or CDN revalidates (fetch() would add `cache-control: no-cache`).
      const same = await get(base, { 'if-none-match': tag })
      expect(same.status).toBe(304)
      expect(same.headers.etag).toBe(tag)
      expect(same.headers['cache-control']).toBe('public, max-age=0, s-maxage=60')
      expect(same.body).toBe('')
      // A client that insists on a fresh copy gets it.
      const insisting = await get(base, { 'if-none-match': tag, 'cache-control': 'no-cache' })
      expect([insisting.status, insisting.body]).toEqual([200, versions[0]])

      current = 1
      const changed = await get(base, { 'if-none-match': tag })
      expect(changed.status).toBe(200)
      expect(changed.headers.etag).toBe(etagOf(versions[1]))
      expect(changed.body).toBe(versions[1])
      expect(etags.size).toBe(2)
    } finally {
      server.close()
    }
  })

  it('keeps a tag by the page text itself, within a bound on the text kept', () => {
    const etags = createEtags({ maxChars: 25 })
    const [a, b, c] = ['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)]
    expect(etags.of(a)).toBe(etagOf(a))
    expect(etags.of(Buffer.from(a))).toBe(etagOf(a))
    etags.of(b)
    etags.of(a) // a is now the most recently sent
    etags.of(c) // over the bound: b goes
    expect(etags.size).toBe(2)
    expect(etags.of('x'.repeat(30))).toBe(etagOf('x'.repeat(30)))
    expect(etags.size).toBe(2)
  })
})
