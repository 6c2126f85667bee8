import { defaultLocale, type Locale } from '../../i18n/locales'
import { servedLocales, statesOf, workflowSelect } from '../translation'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { translatedLocales } from './translations'

/**
 * A global in `locale`, or in English while this locale's translation awaits approval, with the
 * locales whose own approved text it has and whether this locale's is outdated.
 */
async function readGlobal<S extends 'home' | 'site'>(
  slug: S,
  locale: Locale,
  probe: (doc: never) => unknown,
) {
  const payload = await payloadClient()
  const available = await payload.findGlobal({
    slug,
    locale: 'all',
    overrideAccess: false,
    depth: 0,
    select: workflowSelect(slug) as never,
  })
  const states = statesOf(slug, available)
  const served = servedLocales(states)
  const doc = await payload.findGlobal({
    slug,
    locale: served.includes(locale) ? locale : defaultLocale,
    fallbackLocale: 'en',
    overrideAccess: false,
    depth: 0,
  })
  return {
    ...doc,
    translatedLocales: translatedLocales(probe(available as never)).filter((l) =>
      served.includes(l),
    ),
    outdated: states[locale] === 'outdated',
  }
}

export const getHome = cachedRead('home', ['home'], (locale: Locale) =>
  readGlobal('home', locale, (doc: { hero?: { title?: unknown } }) => doc.hero?.title),
)

export const getSite = cachedRead('site', ['site'], (locale: Locale) =>
  readGlobal('site', locale, (doc: { contact?: { intro?: unknown } }) => doc.contact?.intro),
)
