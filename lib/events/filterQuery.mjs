// The events list's filters in its address: the shared mechanism is ../filters/segment.mjs.
import { filterSegment as segmentFor, parseFilterSegment as parseFor } from '../filters/segment.mjs'

import { EVENT_FILTER_KEYS } from './filterKeys.mjs'

export { INVALID_FILTER } from '../filters/segment.mjs'
export { filteredFolder } from '../filters/sections.mjs'

/** The filters, in the order of the normalized path. */
export const FILTER_KEYS = EVENT_FILTER_KEYS

/**
 * The normalized segment for the events' filters in `search` (see ../filters/segment.mjs).
 * @param {string} search
 */
export const filterSegment = (search) => segmentFor(EVENT_FILTER_KEYS, search)

/**
 * The events' filters a normalized segment names, or null when it is not one.
 * @param {string} segment
 * @returns {Partial<Record<(typeof EVENT_FILTER_KEYS)[number], string>> | null}
 */
export const parseFilterSegment = (segment) => parseFor(EVENT_FILTER_KEYS, segment)
