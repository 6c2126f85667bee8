// Which lists take filters in their address, and which: the production server maps a filtered
// list's query to its cached path with `filteredFolder` (see ./segment.mjs).
import { EVENT_FILTER_KEYS } from '../events/filterKeys.mjs'
import { OPPORTUNITY_FILTER_KEYS } from '../opportunities/filterKeys.mjs'
import { filterSegment } from './segment.mjs'

/** Each filtered list's folder (below the locale) and its filters in the normalized order. */
const filteredLists = new Map([
  ['events', EVENT_FILTER_KEYS],
  ['opportunities', OPPORTUNITY_FILTER_KEYS],
])

/**
 * The folder path serving a filtered list, given the list's folder path (`/cs/events`) and the
 * request's query; null when the path is no filtered list or the query holds no filter.
 * @param {string} folder
 * @param {string} search
 */
export function filteredFolder(folder, search) {
  if (!search) return null
  const match = /^\/[a-z]{2}\/([a-z]+)$/.exec(folder)
  const keys = match && filteredLists.get(match[1])
  if (!keys) return null
  const segment = filterSegment(keys, search)
  return segment ? `${folder}/filter/${segment}` : null
}
