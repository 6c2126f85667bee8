import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { isLocale, locales } from '@/i18n/locales'
import { icsCalendar, icsResponse } from '@/lib/calendar/ics'
import { listEvents } from '@/lib/cms/events'
import { calendarEntry } from '@/lib/events/calendar'
import { eventContext } from '@/lib/events/context'

export const dynamic = 'force-static'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

/** Every published event in one language, as a calendar to subscribe to. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [t, events, context] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    listEvents(locale),
    eventContext(locale),
  ])
  const entries = events.map((event) => calendarEntry(locale, event, context))
  return icsResponse(icsCalendar(entries, t('feedTitle')), `heroes-events-${locale}.ics`)
}
