/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { createContentSecurityPolicy } from '../../scripts/serve/csp.mjs'
import { createEncodedCache } from '../../scripts/serve/encoded.mjs'
import { copyable, createPageCopies } from '../../scripts/serve/pageCopy.mjs'

// A stand-in for Next behind the production server's wrappers: answers every page as Next sends
// one from its cache, counting the requests that reached it.
type Next = {
  calls: number
  text: string
  cache: string
  status: number
  delay?: Promise<void>
  cookie?: string
}

async function serve(copies: ReturnType<typeof createPageCopies>, next: Next) {
  const applyPolicy = createContentSecurityPolicy({
    https: false,
    encoded: createEncodedCache(),
    keep: copies.keep,
  })
  let ids = 0
  const server = http.createServer((req, res) => {
    res.setHeader('x-request-id', `id-${++ids}`)
    if (copies.serve(req, res)) return
    res.setHeader('x-frame-options', 'SAMEORIGIN')
    applyPolicy(req, res)
    next.calls++
    const answer = () => {
      res.statusCode = next.status
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('x-nextjs-cache', next.cache)
      res.setHeader('vary', 'rsc, next-router-state-tree, next-router-prefetch')
      if (next.cookie) res.setHeader('set-cookie', next.cookie)
      res.end(`<!DOCTYPE html><html><body><script>go()</script>${next.text}</body></html>`)
    }
    if (next.delay) next.delay.then(answer)
    else answer()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { base, close: () => new Promise((resolve) => server.close(resolve)) }
}

/** A raw GET (no automatic decompression): status, headers and body bytes as sent. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const req = http.request(url, { method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      req.on('error', reject)
      req.end()
    },
  )
}

const long = 'Aktuality a tiskové zprávy '.repeat(100)
const br = { 'accept-encoding': 'gzip, deflate, br' }
const withoutOwn = (headers: http.IncomingHttpHeaders) => {
  const rest = { ...headers }
  delete rest.date
  delete rest['x-request-id']
  return rest
}

describe("the server's page copies", () => {
  let next: Next
  let now = 0
  let copies: ReturnType<typeof createPageCopies>
  let server: Awaited<ReturnType<typeof serve>>
  beforeEach(async () => {
    next = { calls: 0, text: `${long} v1`, cache: 'HIT', status: 200 }
    now = 1_000_000
    copies = createPageCopies({ ttlMs: 1000, now: () => now })
    server = await serve(copies, next)
  })
  afterEach(() => server.close())

  it("answer a cached page again with Next's exact bytes and headers, per encoding", async () => {
    const first = await get(`${server.base}/cs/tisk`, br)
    const again = await get(`${server.base}/cs/tisk`, br)
    expect(next.calls).toBe(1)
    expect(first.headers['content-encoding']).toBe('br')
    expect(again.body.equals(first.body)).toBe(true)
    expect(withoutOwn(again.headers)).toEqual(withoutOwn(first.headers))
    expect(again.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
    // The request's own id is its own, not the first visitor's.
    expect(again.headers['x-request-id']).not.toBe(first.headers['x-request-id'])
    expect(zlib.brotliDecompressSync(again.body).toString()).toContain('v1')

    const plain = await get(`${server.base}/cs/tisk`)
    expect(next.calls).toBe(2)
    expect(plain.headers['content-encoding']).toBeUndefined()
    await get(`${server.base}/cs/tisk`)
    const gzip = await get(`${server.base}/cs/tisk`, { 'accept-encoding': 'gzip' })
    expect(next.calls).toBe(3)
    expect(gzip.headers['content-encoding']).toBe('gzip')
    await get(`${server.base}/cs/tisk?page=2`, br)
    expect(next.calls).toBe(4)
  })

  it('are dropped by an expiry, so a publish shows on the very next request', async () => {
    await get(`${server.base}/en`, br)
    await get(`${server.base}/en`, br)
    expect(next.calls).toBe(1)
    next.text = `${long} v2`
    copies.expire()
    const after = await get(`${server.base}/en`, br)
    expect(next.calls).toBe(2)
    expect(zlib.brotliDecompressSync(after.body).toString()).toContain('v2')
  })

  it('never keep a page whose request began before an expiry', async () => {
    let release = () => {}
    next.delay = new Promise<void>((resolve) => (release = resolve))
    const pending = get(`${server.base}/en`, br)
    await new Promise((r) => setTimeout(r, 50))
    // A publish expires pages while Next is still reading the old one from its cache.
    copies.expire()
    release()
    await pending
    next.delay = undefined
    next.text = `${long} v2`
    const after = await get(`${server.base}/en`, br)
    expect(next.calls).toBe(2)
    expect(zlib.brotliDecompressSync(after.body).toString()).toContain('v2')
  })

  it('live PAGE_COPY_MS at most', async () => {
    await get(`${server.base}/en`, br)
    now += 999
    await get(`${server.base}/en`, br)
    expect(next.calls).toBe(1)
    now += 1
    await get(`${server.base}/en`, br)
    expect(next.calls).toBe(2)
  })

  it('keep only fresh pages from Next’s cache, never stale, rendered, failed or cookie-setting ones', async () => {
    for (const [cache, status] of [
      ['STALE', 200],
      ['MISS', 200],
      ['HIT', 404],
      ['HIT', 500],
    ] as const) {
      next.cache = cache
      next.status = status
      const before = next.calls
      await get(`${server.base}/en/${cache}-${status}`, br)
      await get(`${server.base}/en/${cache}-${status}`, br)
      expect(next.calls - before).toBe(2)
    }
    next.cache = 'HIT'
    next.status = 200
    next.cookie = 'NEXT_LOCALE=cs; Path=/'
    const before = next.calls
    await get(`${server.base}/en/cookie`, br)
    await get(`${server.base}/en/cookie`, br)
    expect(next.calls - before).toBe(2)
    expect(copies.size).toBe(0)
  })

  it('leave client navigations, previews, staff, ranges and HEAD to Next', async () => {
    await get(`${server.base}/en`, br)
    for (const headers of <Record<string, string>[]>[
      { rsc: '1' },
      { 'next-router-prefetch': '1' },
      { 'next-router-state-tree': '%5B%5D' },
      { cookie: 'theme=dark; __prerender_bypass=abc' },
      { cookie: 'payload-token=abc' },
      { range: 'bytes=0-10' },
      { 'x-heroes-not-found': 'token' },
    ]) {
      const before = next.calls
      await get(`${server.base}/en`, { ...br, ...headers })
      expect({ headers, calls: next.calls - before }).toEqual({ headers, calls: 1 })
    }
    const before = next.calls
    await get(`${server.base}/en`, br, 'HEAD')
    expect(next.calls - before).toBe(1)
    // Any other cookie is no reason: a static page is the same for everyone.
    await get(`${server.base}/en`, { ...br, cookie: 'NEXT_LOCALE=cs' })
    expect(next.calls - before).toBe(1)
  })

  it("answer a client's current copy with 304 and no body headers", async () => {
    const first = await get(`${server.base}/en`, br)
    const conditional = await get(`${server.base}/en`, {
      ...br,
      'if-none-match': String(first.headers.etag),
    })
    expect(next.calls).toBe(1)
    expect(conditional.status).toBe(304)
    expect(conditional.body.length).toBe(0)
    expect(conditional.headers.etag).toBe(first.headers.etag)
    expect(conditional.headers['content-encoding']).toBeUndefined()
    expect(conditional.headers['content-security-policy']).toBe(
      first.headers['content-security-policy'],
    )
  })

  it('keep none while switched off (another instance cannot be heard)', async () => {
    await get(`${server.base}/en`, br)
    copies.setEnabled(false)
    await get(`${server.base}/en`, br)
    await get(`${server.base}/en`, br)
    expect(next.calls).toBe(3)
    copies.setEnabled(true)
    await get(`${server.base}/en`, br)
    await get(`${server.base}/en`, br)
    expect(next.calls).toBe(4)
  })
})

describe('which requests a copy may answer', () => {
  const req = (method: string, rawHeaders: string[]) =>
    ({ method, rawHeaders }) as unknown as http.IncomingMessage
  it('a GET as every visitor sends it', () => {
    expect(copyable(req('GET', ['Accept-Encoding', 'br', 'User-Agent', 'x']))).toBe(true)
    expect(copyable(req('POST', []))).toBe(false)
    expect(copyable(req('GET', ['RSC', '1']))).toBe(false)
    expect(copyable(req('GET', ['Next-Url', '/en']))).toBe(false)
  })
})
