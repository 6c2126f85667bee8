import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { PageIntro } from '@/components/PageIntro'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { listEvents } from '@/lib/cms/events'
import { eventContext } from '@/lib/events/context'
import {
  type EventFilters,
  facets,
  knownFilters,
  matchesFilters,
  splitByTime,
} from '@/lib/events/filters'

import { EventCard } from './EventCard'
import { EventFilterForm } from './EventFilterForm'

/** The upcoming events, filtered by `filters` (from the address), with the filter form. */
export async function EventList({ locale, filters }: { locale: Locale; filters: EventFilters }) {
  const [t, events, context] = await Promise.all([
    getTranslations('Events'),
    listEvents(locale),
    eventContext(locale),
  ])
  if (!knownFilters(filters, context)) notFound()
  const { upcoming } = splitByTime(events)
  const shown = upcoming.filter((event) => matchesFilters(event, filters, context))
  const filtered = Object.keys(filters).length > 0
  return (
    <>
      <PageIntro title={t('title')} lead={t('description')} />
      <div className="container narrow section stack">
        {upcoming.length === 0 ? (
          <p className="empty-state">{t('empty')}</p>
        ) : (
          <>
            <EventFilterForm
              facets={facets(upcoming, filters, context)}
              filters={filters}
              context={context}
            />
            {filtered ? (
              <p role="status" className="results-count">
                {t('results', { count: shown.length })}
              </p>
            ) : null}
            <ol className="plain-list stack">
              {shown.map((event) => (
                <li key={event.id}>
                  <EventCard event={event} context={context} />
                </li>
              ))}
            </ol>
          </>
        )}
        <ul className="plain-list link-list">
          <li>
            <a href={localizedPath(locale, '/events/calendar.ics')} type="text/calendar">
              {t('subscribe')}
            </a>
          </li>
          <li>
            <Link href="/events/past">{t('seePast')}</Link>
          </li>
        </ul>
      </div>
    </>
  )
}
