import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { eventWhen } from '@/lib/events/when'
import type { Event, Flagship, Institution } from '@/payload-types'

const populated = <T extends object>(value: unknown): T[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is T => typeof item === 'object' && item !== null,
  )

/** When, where, by whom, for whom and how to register, as a definition list. */
export async function EventFacts({ event, locale }: { event: Event; locale: Locale }) {
  const t = await getTranslations('Events')
  const when = eventWhen(locale, event)
  const campus = populated<Institution>(event.venueInstitution)[0]
  const organisers = populated<Institution>(event.organisers)
  const flagship = populated<Flagship>(event.flagship)[0]
  const languageName = new Intl.DisplayNames([locale], { type: 'language' })
  const list = new Intl.ListFormat(locale, { type: 'conjunction' })
  const deadline = event.registrationDeadline
    ? new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: event.registrationDeadline_tz || event.startsAt_tz || 'UTC',
      }).format(new Date(event.registrationDeadline))
    : null
  const where = [event.format === 'online' ? t('formats.online') : null, event.venue, campus?.name]
    .filter(Boolean)
    .join(' · ')
  return (
    <dl className="facts">
      <div>
        <dt>{t('when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{when.text}</time>
          <br />
          <small>{t('timeZone', { zone: when.zone })}</small>
        </dd>
      </div>
      {where ? (
        <div>
          <dt>{t('where')}</dt>
          <dd>{where}</dd>
        </div>
      ) : null}
      {organisers.length > 0 ? (
        <div>
          <dt>{t('organisers')}</dt>
          <dd>
            {organisers.map((member, i) => (
              <span key={member.id}>
                {i > 0 ? ', ' : null}
                <Link href={{ pathname: '/members/[slug]', params: { slug: member.slug } }}>
                  {member.name}
                </Link>
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      {flagship ? (
        <div>
          <dt>{t('flagship')}</dt>
          <dd>
            <Link href={{ pathname: '/flagships/[slug]', params: { slug: flagship.slug } }}>
              {flagship.title}
            </Link>
          </dd>
        </div>
      ) : null}
      {event.audiences?.length ? (
        <div>
          <dt>{t('audience')}</dt>
          <dd>{list.format(event.audiences.map((a) => t(`audiences.${a}`)))}</dd>
        </div>
      ) : null}
      {event.eventLanguages?.length ? (
        <div>
          <dt>{t('languages')}</dt>
          <dd>{list.format(event.eventLanguages.map((code) => languageName.of(code) ?? code))}</dd>
        </div>
      ) : null}
      {event.registrationUrl ? (
        <div>
          <dt>{t('register')}</dt>
          <dd>
            <a href={event.registrationUrl}>{t('register')}</a>
            {deadline ? <> {t('registrationDeadline', { date: deadline })}</> : null}
          </dd>
        </div>
      ) : null}
    </dl>
  )
}
