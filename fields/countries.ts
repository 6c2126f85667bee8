import { adminLanguages } from '../lib/adminI18n'

/**
 * ISO 3166-1 alpha-2 codes of the countries the alliance and its partners are in. Stored as the
 * code; the visible name comes from `Intl.DisplayNames` in the reader's language.
 */
export const countryCodes = [
  'AL',
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GH',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'KE',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'RS',
  'SE',
  'SI',
  'SK',
  'UA',
  'XK',
] as const

export type CountryCode = (typeof countryCodes)[number]

/** Country names in every admin language, from the runtime's own CLDR data. */
export const countryOptions = countryCodes.map((code) => ({
  value: code,
  label: Object.fromEntries(
    Object.keys(adminLanguages).map((lang) => [
      lang,
      new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code,
    ]),
  ),
}))
