import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { listEvents } from '@/lib/cms/events'
import { eventContext } from '@/lib/events/context'
import { splitByTime } from '@/lib/events/filters'

import { EventCard } from './EventCard'

/** The home page's next three events; nothing at all when none is coming. */
export async function NextEvents({ locale }: { locale: Locale }) {
  const [t, events, context] = await Promise.all([
    getTranslations('Home'),
    listEvents(locale),
    eventContext(locale),
  ])
  const next = splitByTime(events).upcoming.slice(0, 3)
  if (next.length === 0) return null
  return (
    <section className="section" aria-labelledby="next-events">
      <div className="container">
        <h2 id="next-events">{t('nextEvents')}</h2>
        <ul className="plain-list grid">
          {next.map((event) => (
            <li key={event.id}>
              <EventCard event={event} context={context} headingLevel={3} />
            </li>
          ))}
        </ul>
        <p>
          <Link href="/events">{t('allEvents')}</Link>
        </p>
      </div>
    </section>
  )
}
