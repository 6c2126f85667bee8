import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClosedOpportunities } from '@/components/opportunities/ClosedOpportunities'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Opportunities' })
  return pageMetadata({
    locale,
    href: '/opportunities/past',
    title: t('pastTitle'),
    description: t('pastDescription'),
  })
}

export default async function ClosedOpportunitiesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <ClosedOpportunities locale={locale} />
}
