import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { OpportunityCatalogue } from '@/components/opportunities/OpportunityCatalogue'
import type { Locale } from '@/i18n/locales'
import { parseFilterSegment } from '@/lib/filters/segment.mjs'
import { OPPORTUNITY_FILTER_KEYS } from '@/lib/opportunities/filterKeys.mjs'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; filter: string }> }

/**
 * A filtered catalogue. Visitors ask for `/<locale>/<opportunities>?kind=mooc&…`; the production
 * server serves that from here under the normalized filters (lib/filters/segment.mjs), so each
 * filter set is rendered once and cached until the opportunities change. None is prerendered:
 * filter sets are rendered when first asked for.
 */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Opportunities' })
  return {
    ...(await pageMetadata({
      locale,
      href: '/opportunities',
      title: t('title'),
      description: t('description'),
    })),
    // One catalogue under many addresses: search engines index the unfiltered one.
    robots: { index: false, follow: true },
  }
}

export default async function FilteredOpportunitiesPage({ params }: Props) {
  const { locale, filter } = await params
  setRequestLocale(locale)
  const filters = parseFilterSegment(OPPORTUNITY_FILTER_KEYS, decodeURIComponent(filter))
  if (!filters) notFound()
  return <OpportunityCatalogue locale={locale} filters={filters} />
}
