// The events list's filters travel as query parameters (`/cs/akce?format=online&member=x`), so a
// filtered list is a link anyone can share and the form works without JavaScript. A query makes
// a Next page render on every request, so the production server (scripts/serve/folders.mjs)
// serves a filtered list from a path instead, one per normalized filter set
// (`/cs/events/filter/format.online~member.x`), which Next renders once and caches like any
// other page until the events change. Plain JavaScript: that server runs untranspiled.

/** The filters, in the order of the normalized path. */
export const FILTER_KEYS = /** @type {const} */ ([
  'audience',
  'flagship',
  'format',
  'member',
  'month',
])

// Slugs, enum values and months (`2027-03`) are lower-case ASCII words joined by hyphens.
const VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The path segment that stands for an invalid filter: the page answers it with a 404. */
export const INVALID_FILTER = 'invalid'

/**
 * The normalized segment for the filters in `search` (`?…` or ''): '' when there are none (empty
 * values are "all", as a form submits them), INVALID_FILTER when a value is malformed or given twice.
 * @param {string} search
 */
export function filterSegment(search) {
  const params = new URLSearchParams(search)
  const parts = []
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((value) => value !== '')
    if (values.length === 0) continue
    if (values.length > 1 || !VALUE.test(values[0]) || values[0].length > 96) return INVALID_FILTER
    parts.push(`${key}.${values[0]}`)
  }
  return parts.join('~')
}

/**
 * The filters a normalized segment names, or null when it is not one (unknown key, wrong order).
 * @param {string} segment
 * @returns {Partial<Record<(typeof FILTER_KEYS)[number], string>> | null}
 */
export function parseFilterSegment(segment) {
  if (!segment || segment === INVALID_FILTER) return null
  /** @type {Record<string, string>} */
  const filters = {}
  for (const part of segment.split('~')) {
    const dot = part.indexOf('.')
    filters[part.slice(0, dot)] = part.slice(dot + 1)
  }
  const search = new URLSearchParams(filters).toString()
  return filterSegment(search) === segment ? filters : null
}

/**
 * The folder path serving a filtered events list, given the list's folder path (`/cs/events`)
 * and the request's query; null when the path is not the list or the query holds no filter.
 * @param {string} folder
 * @param {string} search
 */
export function filteredFolder(folder, search) {
  if (!search || !/^\/[a-z]{2}\/events$/.test(folder)) return null
  const segment = filterSegment(search)
  return segment ? `${folder}/filter/${segment}` : null
}
