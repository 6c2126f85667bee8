import type { Locale } from '../../i18n/locales'
import type { CalendarEvent } from '../calendar/ics'
import { type EventSummary, relationIds } from '../cms/events'
import { getEnv } from '../env'
import { absoluteUrl } from '../seo'
import type { FilterContext } from './filters'

/** An event as a calendar entry, its address and texts in `locale`. */
export function calendarEntry(
  locale: Locale,
  event: EventSummary,
  context: FilterContext,
): CalendarEvent {
  const campus = context.members.find((m) => m.id === relationIds(event.venueInstitution)[0])
  const place = [event.venue, campus?.name].filter(Boolean).join(', ')
  const url = absoluteUrl(locale, {
    pathname: '/events/[slug]',
    params: { slug: event.slug ?? '' },
  })
  return {
    // Stable across languages and edits, so a subscribed calendar updates the entry in place.
    uid: `event-${event.id}@${new URL(getEnv().serverUrl).host}`,
    title: event.title,
    description: [event.summary, url].filter(Boolean).join('\n\n'),
    url,
    start: new Date(event.startsAt),
    end: new Date(event.endsAt),
    location: event.format === 'online' ? url : place || null,
    updated: new Date(event.updatedAt),
  }
}
