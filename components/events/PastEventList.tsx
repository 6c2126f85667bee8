import { getTranslations } from 'next-intl/server'

import { PageIntro } from '@/components/PageIntro'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { listEvents } from '@/lib/cms/events'
import { eventContext } from '@/lib/events/context'
import { splitByTime } from '@/lib/events/filters'

import { EventCard } from './EventCard'

/** The archive: events that have ended, the latest first. */
export async function PastEventList({ locale }: { locale: Locale }) {
  const [t, events, context] = await Promise.all([
    getTranslations('Events'),
    listEvents(locale),
    eventContext(locale),
  ])
  const { past } = splitByTime(events)
  return (
    <>
      <PageIntro title={t('pastTitle')} lead={t('pastDescription')} />
      <div className="container narrow section stack">
        {past.length === 0 ? (
          <p className="empty-state">{t('emptyPast')}</p>
        ) : (
          <ol className="plain-list stack">
            {past.map((event) => (
              <li key={event.id}>
                <EventCard event={event} context={context} />
              </li>
            ))}
          </ol>
        )}
        <p>
          <Link href="/events">{t('seeUpcoming')}</Link>
        </p>
      </div>
    </>
  )
}
