import { getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { EventSummary } from '@/lib/cms/events'
import { relationIds } from '@/lib/cms/events'
import type { FilterContext } from '@/lib/events/filters'
import { eventWhen } from '@/lib/events/when'

/** One event in a list: title, when (in its own time zone), how and where. */
export async function EventCard({
  event,
  context,
  headingLevel = 2,
}: {
  event: EventSummary
  context: FilterContext
  headingLevel?: 2 | 3
}) {
  const [t, locale] = await Promise.all([getTranslations('Events'), getLocale()])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const when = eventWhen(locale, event)
  const venueId = relationIds(event.venueInstitution)[0]
  const place =
    event.format === 'online'
      ? null
      : (event.venue ?? context.members.find((m) => m.id === venueId)?.name)
  return (
    <article className="card card--event">
      <Heading className="card__title">
        <Link href={{ pathname: '/events/[slug]', params: { slug: event.slug ?? '' } }}>
          {event.title}
        </Link>
      </Heading>
      <p className="card__meta">
        <time dateTime={event.startsAt}>{when.text}</time> ({when.zone})
      </p>
      <p className="card__meta">
        {t(`formats.${event.format}`)}
        {place ? ` · ${place}` : null}
      </p>
      {event.summary ? <p>{event.summary}</p> : null}
    </article>
  )
}
