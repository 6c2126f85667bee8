// A list's filters travel as query parameters (`/cs/akce?format=online&member=x`), so a filtered
// list is a link anyone can share and works without JavaScript. A query makes a Next page render
// on every request, so the production server (scripts/serve/folders.mjs) serves a filtered list
// from a path instead, one per normalized filter set (`/cs/events/filter/format.online~member.x`),
// which Next renders once and caches like any other page until the list's content changes. Plain
// JavaScript: that server runs untranspiled. Events and opportunities share it (./sections.mjs).

// Slugs, enum values, months (`2027-03`) and levels are lower-case ASCII words joined by hyphens.
const VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The path segment that stands for an invalid filter: the page answers it with a 404. */
export const INVALID_FILTER = 'invalid'

/**
 * The normalized segment for the filters in `search` (`?…` or ''), in the order of `keys`: ''
 * when there are none (empty values are "all", as a form submits them), INVALID_FILTER when a
 * value is malformed or given twice. Parameters that are no filter (`utm_source`) are ignored.
 * @param {readonly string[]} keys
 * @param {string} search
 */
export function filterSegment(keys, search) {
  const params = new URLSearchParams(search)
  const parts = []
  for (const key of keys) {
    const values = params.getAll(key).filter((value) => value !== '')
    if (values.length === 0) continue
    if (values.length > 1 || !VALUE.test(values[0]) || values[0].length > 96) return INVALID_FILTER
    parts.push(`${key}.${values[0]}`)
  }
  return parts.join('~')
}

/**
 * The filters a normalized segment names, or null when it is not one (unknown key, wrong order).
 * @param {readonly string[]} keys
 * @param {string} segment
 * @returns {Record<string, string> | null}
 */
export function parseFilterSegment(keys, segment) {
  if (!segment || segment === INVALID_FILTER) return null
  /** @type {Record<string, string>} */
  const filters = {}
  for (const part of segment.split('~')) {
    const dot = part.indexOf('.')
    filters[part.slice(0, dot)] = part.slice(dot + 1)
  }
  const search = new URLSearchParams(filters).toString()
  return filterSegment(keys, search) === segment ? filters : null
}
