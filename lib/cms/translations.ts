import { defaultLocale, type Locale, locales } from '../../i18n/locales'

/**
 * Which locales hold their own text for a localized field read with `locale: 'all'`. The field's
 * presence in a locale is the signal: Payload stores nothing for an untranslated locale.
 */
export function translatedLocales(value: unknown): Locale[] {
  if (!value || typeof value !== 'object') return []
  const perLocale = value as Record<string, unknown>
  return locales.filter((locale) => {
    const text = perLocale[locale]
    return typeof text === 'string' ? text.trim() !== '' : Boolean(text)
  })
}

/**
 * The locales a document's page exists in, from its probe field read with `locale: 'all'`: those
 * with their own text, or every locale while English has none (a member not yet described shows
 * the same name and country in every language: nothing there is a fallback).
 */
export function pageLocales(value: unknown): Locale[] {
  const own = translatedLocales(value)
  return own.includes(defaultLocale) ? own : [...locales]
}
