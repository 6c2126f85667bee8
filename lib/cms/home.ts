import type { Locale } from '../../i18n/locales'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { translatedLocales } from './translations'

export const getHome = cachedRead('home', ['home'], async (locale: Locale) => {
  const payload = await payloadClient()
  const [home, available] = await Promise.all([
    payload.findGlobal({
      slug: 'home',
      locale,
      fallbackLocale: 'en',
      overrideAccess: false,
      depth: 0,
    }),
    payload.findGlobal({
      slug: 'home',
      locale: 'all',
      overrideAccess: false,
      depth: 0,
      select: { hero: { title: true } },
    }),
  ])
  return { ...home, translatedLocales: translatedLocales(available.hero?.title) }
})

export const getSite = cachedRead('site', ['site'], async (locale: Locale) => {
  const payload = await payloadClient()
  const [site, available] = await Promise.all([
    payload.findGlobal({
      slug: 'site',
      locale,
      fallbackLocale: 'en',
      overrideAccess: false,
      depth: 0,
    }),
    payload.findGlobal({
      slug: 'site',
      locale: 'all',
      overrideAccess: false,
      depth: 0,
      select: { contact: { intro: true } },
    }),
  ])
  return { ...site, translatedLocales: translatedLocales(available.contact?.intro) }
})
