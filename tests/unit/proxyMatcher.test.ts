/** @jest-environment node */
import fs from 'node:fs'

import { unstable_doesMiddlewareMatch as proxyRunsFor } from 'next/experimental/testing/server'

import { locales } from '@/i18n/locales'
import { canonicalPath, pathnames, samePageIn } from '@/i18n/pathnames'
import { config } from '@/proxy'

import { MAPPED_FROM } from '../../scripts/serve/folders.mjs'
import { skippedByProxy } from '../helpers/proxyMatcher'

const runs = (url: string) => proxyRunsFor({ config, url })

/** Every route in every locale's words, below every locale's prefix. */
const everyAddress = locales.flatMap((prefix) =>
  locales.flatMap((words) =>
    Object.keys(pathnames)
      .filter((route) => !/\.(xml|ics)$/.test(route))
      .map((route) => samePageIn(words, route, { slug: 'x', page: '2' }))
      .map((path) => `/${prefix}${path.slice(words.length + 1)}`),
  ),
)

describe('the proxy’s matcher', () => {
  it('lists the addresses derived from the localized paths', () => {
    const source = fs.readFileSync('proxy.ts', 'utf8')
    expect(source).toContain(`|${skippedByProxy()}).*)'`)
  })

  it('sends every address that is not its locale’s own to the proxy', () => {
    for (const path of everyAddress) {
      const [, locale] = path.split('/')
      if (canonicalPath(locale as never, path)) expect([path, runs(path)]).toEqual([path, true])
    }
    // Another language's words for the pagination below a locale's own press section.
    expect(runs('/de/presse/page/2')).toBe(true)
    expect(canonicalPath('de', '/de/presse/page/2')).toBe('/de/presse/seite/2')
  })

  it('sends the calendars to the proxy, which moves other words to the locale’s own', () => {
    expect(runs('/de/events/calendar.ics')).toBe(true)
    expect(canonicalPath('de', '/de/events/calendar.ics')).toBe('/de/veranstaltungen/calendar.ics')
    expect(runs('/cs/clenove/x/events.ics')).toBe(true)
    expect(canonicalPath('cs', '/cs/members/x/events.ics')).toBe('/cs/clenove/x/events.ics')
    expect(runs('/fi/tapahtumat/x/calendar.ics')).toBe(true)
    expect(canonicalPath('fi', '/fi/tapahtumat/x/calendar.ics')).toBeNull()
  })

  it('skips the addresses that already are a locale’s own', () => {
    const own = everyAddress.filter((path) => !canonicalPath(path.split('/')[1] as never, path))
    expect(own).toContain('/de/presse/x')
    for (const path of own) expect([path, runs(path)]).toEqual([path, false])
    expect(runs('/de/leitbild')).toBe(false)
  })

  it('runs for a retired section word, which it answers with a 308', () => {
    for (const path of ['/fi/lippulaivat', '/lt/flagmanai/x', '/cs/vlajkove-projekty'])
      expect([path, runs(path)]).toEqual([path, true])
  })

  it('still runs without a locale, with an unknown one, and for the localized feeds', () => {
    for (const path of ['/', '/members', '/xx', '/xx/press', '/english', '/de/presse/feed.xml'])
      expect([path, runs(path)]).toEqual([path, true])
    for (const path of ['/api/users', '/admin', '/_next/static/x.js', '/map/europe.svg'])
      expect([path, runs(path)]).toEqual([path, false])
  })

  it('skips a request the server mapped to a folder, and only that one', () => {
    const mapped = { [MAPPED_FROM]: '/cs/tisk/x' }
    for (const path of ['/cs/press/x', '/cs/press', '/cs/press/feed.xml', '/sv/partners']) {
      expect([path, runs(path)]).toEqual([path, true])
      expect([path, proxyRunsFor({ config, url: path, headers: mapped })]).toEqual([path, false])
    }
  })
})
