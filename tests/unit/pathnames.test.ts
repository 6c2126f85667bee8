import { locales } from '@/i18n/locales'
import { localizedPath, pathnames, samePageIn } from '@/i18n/pathnames'

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
