import { defaultLocale, isLocale, localeNames, locales } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

describe('the locales module', () => {
  it('owns the ten locales, English first and default', () => {
    expect(locales).toEqual(['en', 'nl', 'fr', 'de', 'da', 'sv', 'fi', 'pt', 'lt', 'cs'])
    expect(defaultLocale).toBe('en')
  })

  it('names each language in its own language', () => {
    expect(localeNames.de).toBe('Deutsch')
    expect(localeNames.fi).toBe('Suomi')
    expect(localeNames.lt).toBe('Lietuvių')
    expect(localeNames.cs).toBe('Čeština')
    expect(Object.keys(localeNames)).toEqual([...locales])
  })

  it('feeds next-intl routing, always with a locale prefix', () => {
    expect(routing.locales).toEqual(locales)
    expect(routing.defaultLocale).toBe('en')
    expect(routing.localePrefix).toEqual('always')
  })

  it('recognises only its own locales', () => {
    expect(isLocale('de')).toBe(true)
    expect(isLocale('xx')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})
