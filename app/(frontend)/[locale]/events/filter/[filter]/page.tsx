import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { EventList } from '@/components/events/EventList'
import type { Locale } from '@/i18n/locales'
import { parseFilterSegment } from '@/lib/events/filterQuery.mjs'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; filter: string }> }

/**
 * A filtered events list. Visitors ask for `/<locale>/<events>?format=online&…`; the production
 * server serves that from here under the normalized filters (lib/events/filterQuery.mjs), so
 * each filter set is rendered once and cached until the events change, like the other pages.
 * None is prerendered: filter sets are rendered when first asked for.
 */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Events' })
  return {
    ...(await pageMetadata({
      locale,
      href: '/events',
      title: t('title'),
      description: t('description'),
    })),
    // One list under many addresses: search engines index the unfiltered one.
    robots: { index: false, follow: true },
  }
}

export default async function FilteredEventsPage({ params }: Props) {
  const { locale, filter } = await params
  setRequestLocale(locale)
  const filters = parseFilterSegment(decodeURIComponent(filter))
  if (!filters) notFound()
  return <EventList locale={locale} filters={filters} />
}
