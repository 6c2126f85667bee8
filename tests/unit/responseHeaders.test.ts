/** @jest-environment node */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants'
import { unstable_getResponseFromNextConfig as throughConfig } from 'next/experimental/testing/server'

import config from '../../next.config'
import { createHeaderSetter, headerRules, PUBLIC_PAGE_CACHING } from '@/lib/responseHeaders.mjs'

const paths = [
  '/',
  '/en',
  '/en/',
  '/cs/tisk/x',
  '/de/presse?page=2',
  '/EN/press',
  '/english',
  '/enx/press',
  '/xx/press',
  '/api/health',
  '/admin/login',
  '/_next/static/chunks/a.js',
  '/map/europe.svg',
]
const cookieSets: Record<string, string>[] = [
  {},
  { NEXT_LOCALE: 'cs' },
  { __prerender_bypass: '1' },
  { 'payload-token': 'x', NEXT_LOCALE: 'de' },
  { 'xpayload-token': 'x' },
]

/** The headers the production server sets, by name in lower case. */
function fromServer(
  setHeaders: ReturnType<typeof createHeaderSetter>,
  path: string,
  cookies: Record<string, string>,
) {
  const set: Record<string, string> = {}
  const cookie = Object.entries(cookies)
    .map(([key, value]) => `${key}=${value}`)
    .join('; ')
  const req = { url: path, headers: cookie ? { cookie } : {} } as unknown as IncomingMessage
  const res = {
    setHeader: (name: string, value: string) => (set[name.toLowerCase()] = value),
  } as unknown as ServerResponse
  setHeaders(req, res)
  return set
}

/** The headers Next's own matching of the rules gives, by name in lower case. */
async function fromNext(path: string, cookies: Record<string, string>, production: boolean) {
  const nextConfig = { headers: async () => headerRules({ production }) }
  const response = await throughConfig({ url: `http://localhost${path}`, nextConfig, cookies })
  // The helper's Response adds a content type of its own empty body; `/en/` is redirected by Next
  // itself, with the rules' headers.
  const headers = Object.fromEntries(response.headers)
  delete headers['content-type']
  delete headers.location
  return headers
}

describe('the headers of every response and of public pages', () => {
  it('are the same whether Next matches the rules or the production server sets them', async () => {
    for (const production of [false, true]) {
      const setHeaders = createHeaderSetter({ production })
      for (const path of paths)
        for (const cookies of cookieSets) {
          const expected = await fromNext(path, cookies, production)
          expect([path, cookies, fromServer(setHeaders, path, cookies)]).toEqual([
            path,
            cookies,
            expected,
          ])
        }
    }
  })

  it('let a CDN keep a public page a minute, but never a preview or a signed-in view', () => {
    const setHeaders = createHeaderSetter({ production: true })
    expect(fromServer(setHeaders, '/lt/spauda', {})['cache-control']).toBe(PUBLIC_PAGE_CACHING)
    expect(fromServer(setHeaders, '/lt/spauda', { 'payload-token': 't' })).not.toHaveProperty(
      'cache-control',
    )
    expect(fromServer(setHeaders, '/api/press-releases', {})).not.toHaveProperty('cache-control')
    expect(fromServer(setHeaders, '/api/health', {})).toMatchObject({
      'x-content-type-options': 'nosniff',
      'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
    })
  })

  it('are next.config rules only in `next dev`: in production the server sets them', async () => {
    const dev = await config(PHASE_DEVELOPMENT_SERVER).headers!()
    const built = await config(PHASE_PRODUCTION_BUILD).headers!()
    expect(dev).toEqual(expect.arrayContaining(headerRules({ production: false })))
    const keys = (rules: typeof built) => rules.flatMap((rule) => rule.headers.map((h) => h.key))
    expect(keys(dev)).toContain('X-Content-Type-Options')
    expect(keys(built)).not.toContain('X-Content-Type-Options')
    expect(keys(built)).not.toContain('Cache-Control')
  })
})
