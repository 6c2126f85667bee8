/** @jest-environment node */
import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_PRODUCTION_SERVER } from 'next/constants'
import { unstable_getResponseFromNextConfig as throughConfig } from 'next/experimental/testing/server'

import config from '../../next.config'
import { clientHintsForAdminOnly } from '@/lib/clientHints'

const hintHeaders = ['accept-ch', 'critical-ch']

const nextConfig = config(PHASE_PRODUCTION_SERVER)

async function headersFor(path: string) {
  const response = await throughConfig({ url: `http://localhost${path}`, nextConfig })
  return Object.fromEntries(response.headers)
}

describe('the colour-scheme client hint', () => {
  it('is asked for on every path by withPayload itself (else the wrapper has no work)', async () => {
    const rules = await withPayload({ headers: async () => [] }).headers!()
    expect(
      rules.filter((rule) => rule.headers.some(({ key }) => key.toLowerCase() === 'critical-ch')),
    ).toEqual([expect.objectContaining({ source: '/:path*' })])
  })

  it('is not asked for by public pages, whose first view would otherwise be fetched twice', async () => {
    for (const path of [
      '/',
      '/en',
      '/cs/tisk/x',
      '/de/presse',
      '/en/press/feed.xml',
      '/api/health',
    ]) {
      const headers = await headersFor(path)
      expect([path, hintHeaders.filter((name) => name in headers)]).toEqual([path, []])
    }
  })

  it('is asked for by the admin, which renders its theme from it', async () => {
    for (const path of ['/admin', '/admin/login', '/admin/collections/press-releases']) {
      const headers = await headersFor(path)
      expect([path, headers['accept-ch'], headers['critical-ch']]).toEqual([
        path,
        'Sec-CH-Prefers-Color-Scheme',
        'Sec-CH-Prefers-Color-Scheme',
      ])
    }
  })

  it('leaves every other rule and a config without headers alone', async () => {
    const other = { source: '/:path*', headers: [{ key: 'X-Test', value: '1' }] }
    const hint = { source: '/:path*', headers: [{ key: 'accept-ch', value: 'x' }] }
    const scoped = clientHintsForAdminOnly({ headers: async () => [other, hint] }, '/staff')
    expect(await scoped.headers!()).toEqual([other, { ...hint, source: '/staff/:path*' }])
    expect(clientHintsForAdminOnly({})).toEqual({})
  })
})
