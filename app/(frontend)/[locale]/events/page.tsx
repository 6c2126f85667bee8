import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { EventList } from '@/components/events/EventList'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Events' })
  return pageMetadata({ locale, href: '/events', title: t('title'), description: t('description') })
}

/** Unfiltered; a filtered list (`?format=online`) is served from ./filter/[filter]. */
export default async function EventsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <EventList locale={locale} filters={{}} />
}
