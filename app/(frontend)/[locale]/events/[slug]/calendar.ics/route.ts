import { notFound } from 'next/navigation'

import { isLocale, locales } from '@/i18n/locales'
import { icsCalendar, icsResponse } from '@/lib/calendar/ics'
import { listEvents, listEventSlugs } from '@/lib/cms/events'
import { calendarEntry } from '@/lib/events/calendar'
import { eventContext } from '@/lib/events/context'

export const dynamic = 'force-static'

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    locales.map(async (locale) => (await listEventSlugs(locale)).map((slug) => ({ locale, slug }))),
  )
  return perLocale.flat()
}

/** One event as an iCalendar file: "add to calendar". */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const [events, context] = await Promise.all([listEvents(locale), eventContext(locale)])
  const event = events.find((e) => e.slug === slug)
  if (!event) notFound()
  return icsResponse(icsCalendar([calendarEntry(locale, event, context)]), `${slug}.ics`)
}
