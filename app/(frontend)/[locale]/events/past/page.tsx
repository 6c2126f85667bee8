import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PastEventList } from '@/components/events/PastEventList'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Events' })
  return pageMetadata({
    locale,
    href: '/events/past',
    title: t('pastTitle'),
    description: t('pastDescription'),
  })
}

export default async function PastEventsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <PastEventList locale={locale} />
}
