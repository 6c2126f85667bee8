import { eqfLevels, opportunityKinds, studyModes } from '../../collections/Opportunities/options'
import { locales } from '../../i18n/locales'
import { relationIds } from '../cms/events'
import type { OpportunitySummary } from '../cms/opportunities'
import type { FilterContext } from '../events/filters'
import { OPPORTUNITY_FILTER_KEYS } from './filterKeys.mjs'

export type OpportunityFilterKey = (typeof OPPORTUNITY_FILTER_KEYS)[number]
export type OpportunityFilters = Partial<Record<OpportunityFilterKey, string>>

/** An opportunity's values for one filter, as the address writes them (slugs, enum values). */
function valuesOf(
  item: OpportunitySummary,
  key: OpportunityFilterKey,
  context: FilterContext,
): string[] {
  const slugsOf = (list: FilterContext['members'], ids: number[]) =>
    list.filter((entry) => ids.includes(entry.id)).map((entry) => entry.slug)
  switch (key) {
    case 'flagship':
      return slugsOf(context.flagships, relationIds(item.flagship))
    case 'kind':
      return [item.kind]
    case 'language':
      return item.instructionLanguages ?? []
    case 'level':
      return item.eqfLevel ? [item.eqfLevel] : []
    case 'member':
      return slugsOf(context.members, relationIds(item.members))
    case 'mode':
      return item.studyMode ? [item.studyMode] : []
  }
}

/** Each filter's values in the order visitors read them (members and flagships as listed). */
function orderOf(key: OpportunityFilterKey, context: FilterContext): readonly string[] {
  switch (key) {
    case 'flagship':
      return context.flagships.map((f) => f.slug)
    case 'kind':
      return opportunityKinds
    case 'language':
      return locales
    case 'level':
      return eqfLevels
    case 'member':
      return context.members.map((m) => m.slug)
    case 'mode':
      return studyModes
  }
}

export const matchesOpportunityFilters = (
  item: OpportunitySummary,
  filters: OpportunityFilters,
  context: FilterContext,
  except?: OpportunityFilterKey,
) =>
  OPPORTUNITY_FILTER_KEYS.every((key) => {
    const wanted = filters[key]
    return key === except || !wanted || valuesOf(item, key, context).includes(wanted)
  })

/** True when every value names something that exists (a member, a flagship, an option). */
export const knownOpportunityFilters = (filters: OpportunityFilters, context: FilterContext) =>
  OPPORTUNITY_FILTER_KEYS.every(
    (key) => filters[key] === undefined || orderOf(key, context).includes(filters[key]),
  )

export type FacetOption = {
  value: string
  /** How many open opportunities the catalogue shows with this value and the other choices. */
  count: number
  chosen: boolean
}
export type OpportunityFacet = { key: OpportunityFilterKey; options: FacetOption[] }

/**
 * Every filter's values found among the open opportunities, each with the number it would show
 * together with the other chosen filters (the chosen value of the same filter replaced). A value
 * with 0 is shown but is no link, so no combination with nothing in it can be reached; a filter
 * with a single value for everything is left out, as it would not narrow anything.
 */
export function opportunityFacets(
  open: OpportunitySummary[],
  filters: OpportunityFilters,
  context: FilterContext,
): OpportunityFacet[] {
  return OPPORTUNITY_FILTER_KEYS.map((key) => {
    const present = new Set(open.flatMap((item) => valuesOf(item, key, context)))
    const counts = new Map<string, number>()
    for (const item of open) {
      if (!matchesOpportunityFilters(item, filters, context, key)) continue
      for (const value of new Set(valuesOf(item, key, context)))
        counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    const options = orderOf(key, context)
      .filter((value) => present.has(value) || filters[key] === value)
      .map((value) => ({ value, count: counts.get(value) ?? 0, chosen: filters[key] === value }))
    return { key, options }
  }).filter(
    ({ key, options }) =>
      filters[key] !== undefined ||
      options.length > 1 ||
      (options.length === 1 && options[0].count < open.length),
  )
}

/**
 * The catalogue's query for `filters` with `key` set to `value` (null: that filter removed), in
 * the normalized order (`?kind=mooc&mode=online`), or '' for no filter at all.
 */
export function filterQuery(
  filters: OpportunityFilters,
  key: OpportunityFilterKey,
  value: string | null,
): string {
  const next: OpportunityFilters = { ...filters, [key]: value ?? undefined }
  const params = new URLSearchParams()
  for (const name of OPPORTUNITY_FILTER_KEYS) {
    const chosen = next[name]
    if (chosen) params.set(name, chosen)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

const deadlineOf = (item: Pick<OpportunitySummary, 'applicationDeadline'>) =>
  item.applicationDeadline ? new Date(item.applicationDeadline).getTime() : null

/**
 * Open opportunities (deadline still ahead, or none: one can apply any time), the nearest
 * deadline first and those without one last; closed ones, the latest deadline first.
 */
export function splitByDeadline(items: OpportunitySummary[], now = new Date()) {
  const closed = (item: OpportunitySummary) => {
    const at = deadlineOf(item)
    return at !== null && at <= now.getTime()
  }
  const nearestFirst = (a: OpportunitySummary, b: OpportunitySummary) => {
    const [x, y] = [deadlineOf(a), deadlineOf(b)]
    if (x === y) return a.title.localeCompare(b.title)
    if (x === null) return 1
    if (y === null) return -1
    return x - y
  }
  return {
    open: items.filter((item) => !closed(item)).sort(nearestFirst),
    closed: items.filter(closed).sort(nearestFirst).reverse(),
  }
}

/** The home page's nearest deadlines: open opportunities that have one, nearest first. */
export const nearestDeadlines = (items: OpportunitySummary[], count = 3, now = new Date()) =>
  splitByDeadline(items, now)
    .open.filter((item) => item.applicationDeadline)
    .slice(0, count)
