/** @jest-environment node */
import fs from 'node:fs'

import { jest } from '@jest/globals'

import { locales } from '@/i18n/locales'
import { canonicalPath, localizedPath, pathnames } from '@/i18n/pathnames'
import { folderPath } from '@/i18n/routes.mjs'

import { MAPPED_FROM, mapToFolder } from '../../scripts/serve/folders.mjs'
import { throughRewrites } from '../helpers/devRewrites'

// `next dev` serves localized addresses through next.config's rewrites, production through
// folderPath in the server: both must send every address to the same folder.
const throughServer = (path: string) => folderPath(path) ?? path

const params = { slug: 'x-1', page: '2' }
const addresses = locales.flatMap((words) =>
  locales.flatMap((prefix) =>
    Object.keys(pathnames).map((route) => {
      const href = (route.includes('[') ? { pathname: route, params } : route) as Parameters<
        typeof localizedPath
      >[1]
      // Each route in each locale's words, below its own prefix and every other one.
      return `/${prefix}${localizedPath(words, href).slice(words.length + 1)}`
    }),
  ),
)

describe('the server’s mapping of localized addresses to folders', () => {
  it('sends every address where next.config’s rewrites send it', async () => {
    const odd = ['/cs/tisk/a/b', '/cs/kontakt/x', '/cs/tisk/', '/', '/cs', '/xx/tisk']
    // The others are redirected by the proxy first, to their locale's own words.
    const own = addresses.filter((path) => !canonicalPath(path.split('/')[1] as never, path))
    expect(own).toContain('/cs/tisk/strana/2')
    for (const path of [...own, ...odd])
      expect([path, throughServer(path)]).toEqual([path, await throughRewrites(path)])
  })

  it('maps no other language’s words: the proxy redirects those', () => {
    expect(folderPath('/fr/pers')).toBeNull()
    expect(folderPath('/de/tisk/x')).toBeNull()
    expect(canonicalPath('de', '/de/tisk/x')).toBe('/de/presse/x')
  })

  it('maps the path and keeps the query, naming the address it came from', () => {
    const req = { url: '/cs/tisk/strana/2?x=1', headers: {} as Record<string, string> }
    const setHeader = jest.fn()
    expect(mapToFolder(req, { setHeader })).toBe(true)
    expect(req.url).toBe('/cs/press/page/2?x=1')
    expect(req.headers[MAPPED_FROM]).toBe('/cs/tisk/strana/2')
    expect(setHeader).not.toHaveBeenCalled()
  })

  it('tells the client router the path a navigation’s tree was rendered for', () => {
    const req = { url: '/de/presse?_rsc=1a', headers: { rsc: '1' } as Record<string, string> }
    const setHeader = jest.fn()
    mapToFolder(req, { setHeader })
    expect(setHeader).toHaveBeenCalledWith('x-nextjs-rewritten-path', '/de/press')
  })

  it('points a redirect Next builds from the folder’s path at the address', () => {
    const req = { url: '/cs/tisk?_rsc=x', headers: { rsc: '1' } as Record<string, string> }
    const headers: Record<string, unknown> = {}
    const res = {
      setHeader(name: string, value: unknown) {
        headers[name] = value
        return this
      },
    }
    mapToFolder(req, res)
    res.setHeader('location', '/cs/press?_rsc=abc')
    res.setHeader('Location', '/cs/pressx')
    res.setHeader('link', '/cs/press')
    expect(headers).toEqual({
      'x-nextjs-rewritten-path': '/cs/press',
      location: '/cs/tisk?_rsc=abc',
      Location: '/cs/pressx',
      link: '/cs/press',
    })
  })

  it('leaves other addresses alone and drops a visitor’s own marker', () => {
    for (const url of ['/en/press', '/de/tisk', '/de/impressum', '/api/contact']) {
      const req = { url, headers: { [MAPPED_FROM]: '/forged' } as Record<string, string> }
      expect(mapToFolder(req, { setHeader: jest.fn() })).toBe(false)
      expect(req).toEqual({ url, headers: {} })
    }
  })

  it('matches the header name proxy.ts’s matcher skips (a literal there)', () => {
    const proxy = fs.readFileSync('proxy.ts', 'utf8')
    const keys = proxy.match(/key: '([\w-]+)'/g)
    // One per matcher entry: pages, press feeds, calendars.
    expect(keys).toEqual(Array(3).fill(`key: '${MAPPED_FROM}'`))
  })
})
