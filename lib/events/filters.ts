import { eventAudiences, eventFormats } from '../../collections/Events/options'
import { type EventSummary, relationIds } from '../cms/events'
import { FILTER_KEYS } from './filterQuery.mjs'

export type FilterKey = (typeof FILTER_KEYS)[number]
export type EventFilters = Partial<Record<FilterKey, string>>
export type Named = { id: number; slug: string; name: string }
/** The members and flagships the filters name by slug. */
export type FilterContext = { members: Named[]; flagships: Named[] }

/** `2027-03`: the month an event starts in, in its own time zone (where it takes place). */
export function eventMonth(event: Pick<EventSummary, 'startsAt' | 'startsAt_tz'>): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: event.startsAt_tz || 'UTC',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date(event.startsAt))
  const part = (type: string) => parts.find((p) => p.type === type)?.value
  return `${part('year')}-${part('month')}`
}

/** An event's value(s) for one filter, as the filter writes them (slugs, enum values, months). */
function valuesOf(event: EventSummary, key: FilterKey, context: FilterContext): string[] {
  const slugOf = (list: Named[], ids: number[]) =>
    list.filter((item) => ids.includes(item.id)).map((item) => item.slug)
  switch (key) {
    case 'member':
      return slugOf(context.members, [
        ...relationIds(event.organisers),
        ...relationIds(event.venueInstitution),
      ])
    case 'flagship':
      return slugOf(context.flagships, relationIds(event.flagship))
    case 'audience':
      return event.audiences ?? []
    case 'format':
      return [event.format]
    case 'month':
      return [eventMonth(event)]
  }
}

export const matchesFilters = (
  event: EventSummary,
  filters: EventFilters,
  context: FilterContext,
  except?: FilterKey,
) =>
  FILTER_KEYS.every((key) => {
    const wanted = filters[key]
    return key === except || !wanted || valuesOf(event, key, context).includes(wanted)
  })

/** True when every value names something that exists (a member, a flagship, an option). */
export function knownFilters(filters: EventFilters, context: FilterContext): boolean {
  const valid: Record<FilterKey, (value: string) => boolean> = {
    member: (v) => context.members.some((m) => m.slug === v),
    flagship: (v) => context.flagships.some((f) => f.slug === v),
    audience: (v) => (eventAudiences as readonly string[]).includes(v),
    format: (v) => (eventFormats as readonly string[]).includes(v),
    month: (v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v),
  }
  return FILTER_KEYS.every((key) => filters[key] === undefined || valid[key](filters[key]))
}

export type Facet = { key: FilterKey; options: { value: string; count: number }[] }

/**
 * Each filter's values with how many events each would show together with the other chosen
 * filters. Only values with events are offered (and the chosen one), so no choice leads to an
 * empty list.
 */
export function facets(
  events: EventSummary[],
  filters: EventFilters,
  context: FilterContext,
): Facet[] {
  return FILTER_KEYS.map((key) => {
    const counts = new Map<string, number>()
    for (const event of events) {
      if (!matchesFilters(event, filters, context, key)) continue
      for (const value of new Set(valuesOf(event, key, context)))
        counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    const chosen = filters[key]
    if (chosen && !counts.has(chosen)) counts.set(chosen, 0)
    const options = [...counts].map(([value, count]) => ({ value, count }))
    return { key, options: options.sort((a, b) => a.value.localeCompare(b.value)) }
  })
}

/** Upcoming (not yet ended) events, soonest first, and past ones, latest first. */
export function splitByTime(events: EventSummary[], now = new Date()) {
  const ended = (e: EventSummary) => new Date(e.endsAt).getTime() < now.getTime()
  const byStart = (a: EventSummary, b: EventSummary) => a.startsAt.localeCompare(b.startsAt)
  return {
    upcoming: events.filter((e) => !ended(e)).sort(byStart),
    past: events.filter(ended).sort(byStart).reverse(),
  }
}
