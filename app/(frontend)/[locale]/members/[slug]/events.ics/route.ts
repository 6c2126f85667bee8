import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { isLocale, locales } from '@/i18n/locales'
import { icsCalendar, icsResponse } from '@/lib/calendar/ics'
import { listEvents } from '@/lib/cms/events'
import { listInstitutionSlugs } from '@/lib/cms/institutions'
import { calendarEntry } from '@/lib/events/calendar'
import { eventContext } from '@/lib/events/context'
import { matchesFilters } from '@/lib/events/filters'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  const slugs = await listInstitutionSlugs()
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })))
}

/** The events a member organises or hosts, in one language, as a calendar to subscribe to. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [t, events, context] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    listEvents(locale),
    eventContext(locale),
  ])
  const member = context.members.find((m) => m.slug === slug)
  if (!member) notFound()
  const entries = events
    .filter((event) => matchesFilters(event, { member: slug }, context))
    .map((event) => calendarEntry(locale, event, context))
  return icsResponse(
    icsCalendar(entries, t('memberFeedTitle', { member: member.name })),
    `heroes-events-${slug}.ics`,
  )
}
