// The opportunities catalogue's filters, in the order of its normalized filter path
// (`/cs/opportunities/filter/kind.mooc~mode.online`, lib/filters/segment.mjs). Plain JavaScript:
// the production server reads it untranspiled.
export const OPPORTUNITY_FILTER_KEYS = /** @type {const} */ ([
  'flagship',
  'kind',
  'language',
  'level',
  'member',
  'mode',
])
