// The one list of locales, in plain JavaScript: ./locales.ts gives it to the app with its types
// and names, and the production server (scripts/server.mjs), which runs untranspiled, reads it
// here (lib/responseHeaders.mjs).
export const localeCodes = /** @type {const} */ ([
  'en',
  'nl',
  'fr',
  'de',
  'da',
  'sv',
  'fi',
  'pt',
  'lt',
  'cs',
])
