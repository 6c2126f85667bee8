/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { onePerRoute, warmUp } from '../../scripts/serve/warm.mjs'

const site = 'https://heroes.example'
const sitemap = [
  '/en',
  '/en/press',
  '/en/members',
  '/en/legal-notice',
  '/en/privacy',
  '/en/press/first',
  '/en/press/second',
  '/en/members/mendelu',
  '/cs',
  '/cs/tisk',
  '/cs/tisk/prvni',
].map((path) => `${site}${path}`)

describe('the warm-up’s addresses', () => {
  it('are one page of each route, in the sitemap’s first locale', () => {
    expect(onePerRoute(sitemap)).toEqual([
      '/en',
      '/en/press',
      '/en/members',
      '/en/legal-notice',
      '/en/press/first',
      '/en/members/mendelu',
      '/en/press/page/2',
    ])
  })

  it('are none for an empty sitemap', () => {
    expect(onePerRoute([])).toEqual([])
  })
})

describe('warmUp', () => {
  let server: http.Server
  let origin: string
  const asked: { path: string; encoding?: string }[] = []
  let sitemapStatus = 200
  let asIndex = false
  const urlset = (locs: string[]) => locs.map((loc) => `<url><loc>${loc}</loc></url>`).join('')

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      asked.push({ path: req.url ?? '', encoding: req.headers['accept-encoding'] })
      if (req.url === '/sitemap.xml') {
        res.writeHead(sitemapStatus, { 'content-type': 'application/xml' })
        const parts = ['site', 'press-2026-12', 'press-2026-11'].map(
          (part) => `<sitemap><loc>${site}/sitemaps/${part}.xml</loc></sitemap>`,
        )
        res.end(asIndex ? `<sitemapindex>${parts.join('')}</sitemapindex>` : urlset(sitemap))
      } else if (req.url === '/sitemaps/site.xml') {
        res.end(urlset(sitemap.filter((loc) => !loc.includes('/press/'))))
      } else if (req.url?.startsWith('/sitemaps/')) {
        res.end(urlset(sitemap.filter((loc) => loc.includes('/press/'))))
      } else {
        res.writeHead(req.url === '/en/members' ? 503 : 200, { 'content-type': 'text/html' })
        res.end('<p>page</p>')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))
  beforeEach(() => {
    asked.length = 0
    sitemapStatus = 200
    asIndex = false
  })

  it('asks for every route’s page, over and over, as a browser would, for the time given', async () => {
    const started = Date.now()
    const { paths, requests } = await warmUp({ origin, seconds: 0.5, concurrency: 4 })
    const took = Date.now() - started
    expect(took).toBeGreaterThanOrEqual(500)
    expect(took).toBeLessThan(1500)
    expect(paths).toEqual(onePerRoute(sitemap))
    const pages = asked.filter(({ path }) => path !== '/sitemap.xml')
    expect(pages.length).toBe(requests)
    // Round and round: every route several times, a failing one (503) included.
    for (const path of paths) expect(pages.filter((p) => p.path === path).length).toBeGreaterThan(2)
    expect(new Set(pages.map((p) => p.encoding))).toEqual(new Set(['br, gzip']))
  })

  it('reads a sitemap index’s first two parts: the site and the newest month of releases', async () => {
    asIndex = true
    const { paths } = await warmUp({ origin, seconds: 0.2 })
    expect(paths).toEqual(expect.arrayContaining(onePerRoute(sitemap)))
    expect(paths).toHaveLength(onePerRoute(sitemap).length)
    const parts = asked.filter(({ path }) => path.startsWith('/sitemaps/')).map((a) => a.path)
    expect(parts.sort()).toEqual(['/sitemaps/press-2026-12.xml', '/sitemaps/site.xml'])
  })

  it('warms the home page when the sitemap fails', async () => {
    sitemapStatus = 500
    const { paths } = await warmUp({ origin, seconds: 0.2 })
    expect(paths).toEqual(['/'])
    expect(asked.filter(({ path }) => path === '/').length).toBeGreaterThan(0)
  })

  it('returns in time when nothing answers', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const started = Date.now()
    await expect(warmUp({ origin: `http://127.0.0.1:${port}`, seconds: 0.3 })).resolves.toEqual(
      expect.objectContaining({ paths: ['/'] }),
    )
    expect(Date.now() - started).toBeLessThan(1500)
  })
})
