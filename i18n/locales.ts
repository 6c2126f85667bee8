import { localeCodes } from './localeCodes.mjs'

/**
 * The one list of locales (kept in ./localeCodes.mjs, which the production server reads too).
 * Payload's `localization`, next-intl's routing, the sitemap, the language switcher and the tests
 * all read it: adding a locale is one entry there, one name here and one messages file.
 */
export const locales = localeCodes

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/** Each language by its own name, as a speaker of it would look for it in a switcher. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  da: 'Dansk',
  sv: 'Svenska',
  fi: 'Suomi',
  pt: 'Português',
  lt: 'Lietuvių',
  cs: 'Čeština',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
