// The events list's filters, in the order of its normalized filter path
// (`/cs/events/filter/format.online~member.x`, lib/filters/segment.mjs). Plain JavaScript: the
// production server reads it untranspiled.
export const EVENT_FILTER_KEYS = /** @type {const} */ ([
  'audience',
  'flagship',
  'format',
  'member',
  'month',
])
