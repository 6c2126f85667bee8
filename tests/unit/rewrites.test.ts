/** @jest-environment node */
import { locales } from '@/i18n/locales'
import { localizedPath, localizedRewrites, pathnames } from '@/i18n/pathnames'

import { throughRewrites as served } from '../helpers/devRewrites'

const params = { slug: 'x-1', page: '2' }
const fill = (route: string) =>
  route.replace(/\[(\w+)\]/g, (_, key: 'slug' | 'page') => params[key])
const routes = Object.keys(pathnames).filter((route) => route !== '/[slug]') as Exclude<
  keyof typeof pathnames,
  '/[slug]'
>[]

describe('the localized rewrites, through Next’s own matching', () => {
  it('serve every route in every locale’s own words from the route’s folder', async () => {
    for (const locale of locales)
      for (const route of routes) {
        const href = (route.includes('[') ? { pathname: route, params } : route) as Parameters<
          typeof localizedPath
        >[1]
        const address = localizedPath(locale, href)
        expect([address, await served(address)]).toEqual([
          address,
          `/${locale}${fill(route) === '/' ? '' : fill(route)}`,
        ])
      }
  })

  it('leave free pages and English addresses alone', async () => {
    for (const path of ['/de/impressum', '/cs/o-nas', '/en/press/x', '/en/members', '/lt'])
      expect(await served(path)).toBe(path)
  })

  it('are one per route, not one per route and locale', () => {
    const localizedRoutes = routes.filter((route) => {
      const config: string | Record<string, string> = pathnames[route]
      return typeof config === 'object' && Object.values(config).some((path) => path !== route)
    })
    expect(localizedRoutes.length).toBeGreaterThan(5)
    expect(localizedRewrites()).toHaveLength(localizedRoutes.length)
  })
})
