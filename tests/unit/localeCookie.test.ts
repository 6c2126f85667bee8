import { localeCookie, rememberLocale } from '@/i18n/localeCookie'
import { proxyRouting, prefixedRouting } from '@/i18n/routing'

describe('the locale cookie', () => {
  it('is written by the browser when a visitor picks a language, for the whole site', () => {
    rememberLocale('fi')
    expect(document.cookie).toContain('NEXT_LOCALE=fi')
    rememberLocale('de')
    expect(document.cookie).toBe('NEXT_LOCALE=de')
  })

  it('is read by the proxy for `/` and never set for a path that carries a locale', () => {
    expect(proxyRouting.localeCookie).toMatchObject({ name: localeCookie.name })
    expect(prefixedRouting.localeCookie).toBe(false)
  })
})
