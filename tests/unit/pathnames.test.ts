import fs from 'node:fs'

import { locales } from '@/i18n/locales'
import { canonicalPath, localizedPath, pathnames, samePageIn } from '@/i18n/pathnames'

describe('localized paths', () => {
  it('gives each fixed section its own segment per language', () => {
    expect(localizedPath('de', '/press')).toBe('/de/presse')
    expect(localizedPath('fi', { pathname: '/members/[slug]', params: { slug: 'seamk' } })).toBe(
      '/fi/jasenet/seamk',
    )
    expect(localizedPath('cs', '/partners')).toBe('/cs/partneri')
    expect(localizedPath('de', { pathname: '/press/page/[page]', params: { page: 2 } })).toBe(
      '/de/presse/seite/2',
    )
    expect(localizedPath('lt', '/press/feed.xml')).toBe('/lt/spauda/feed.xml')
    expect(localizedPath('en', '/')).toBe('/en')
  })

  it('uses only lower-case ASCII segments, distinct within each language', () => {
    for (const locale of locales) {
      const paths = Object.keys(pathnames).map((route) =>
        samePageIn(locale, route, { slug: 'x', page: '2' }),
      )
      for (const path of paths) expect(path).toMatch(/^\/[a-z]{2}(\/[a-z0-9.-]+)*$/)
      expect(new Set(paths).size).toBe(paths.length)
    }
  })

  it('keeps a path outside the routes as it is, under the other locale', () => {
    expect(samePageIn('sv', '/no/such/page', {})).toBe('/sv/no/such/page')
  })
})

describe('canonical addresses', () => {
  it('moves another language’s words to this locale’s', () => {
    expect(canonicalPath('de', '/de/press/x')).toBe('/de/presse/x')
    expect(canonicalPath('de', '/de/tisk')).toBe('/de/presse')
    expect(canonicalPath('de', '/de/press/page/2')).toBe('/de/presse/seite/2')
    expect(canonicalPath('cs', '/cs/members')).toBe('/cs/clenove')
    expect(canonicalPath('de', '/de/contact')).toBe('/de/kontakt')
  })

  it('moves a section word a language used before to its word now (the term base’s)', () => {
    expect(canonicalPath('fi', '/fi/lippulaivat')).toBe('/fi/karkihankkeet')
    expect(canonicalPath('fi', '/fi/lippulaivat/heroes4regions')).toBe(
      '/fi/karkihankkeet/heroes4regions',
    )
    expect(canonicalPath('lt', '/lt/flagmanai')).toBe('/lt/pavyzdines-iniciatyvos')
    expect(canonicalPath('cs', '/cs/vlajkove-projekty/x')).toBe('/cs/stezejni-projekty/x')
    expect(canonicalPath('de', '/de/vlajkove-projekty')).toBe('/de/leuchtturmprojekte')
  })

  it('leaves this locale’s own addresses, pages and unknown paths alone', () => {
    for (const path of ['/de/presse/x', '/de/impressum', '/de', '/de/a/b/c'])
      expect(canonicalPath('de', path)).toBeNull()
    // Swedish and French use the English word for some sections.
    expect(canonicalPath('sv', '/sv/press/x')).toBeNull()
    expect(canonicalPath('fr', '/fr/contact')).toBeNull()
  })
})

describe('the same page in another language', () => {
  it('follows the route whether it gets the route or a served path', () => {
    const params = { slug: 'heroes4regions' }
    expect(samePageIn('nl', '/flagships/[slug]', params)).toBe('/nl/vlaggenschepen/heroes4regions')
    // During server rendering Next reports the path the rewrite served.
    expect(samePageIn('nl', '/flagships/heroes4regions', params)).toBe(
      '/nl/vlaggenschepen/heroes4regions',
    )
    expect(samePageIn('de', '/kontakt', {})).toBe('/de/kontakt')
    expect(samePageIn('fi', '/press/page/3', {})).toBe('/fi/tiedotteet/sivu/3')
  })
})

describe('the proxy', () => {
  it('takes the localized feeds of exactly the known locales', () => {
    const source = fs.readFileSync('proxy.ts', 'utf8')
    const listed = /\/:locale\(([a-z|]+)\)\/:section\/feed\.xml/.exec(source)?.[1].split('|')
    expect(listed).toEqual([...locales])
  })
})
