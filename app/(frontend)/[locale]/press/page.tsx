import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PressList } from '@/components/PressList'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Press' })
  return pageMetadata({ locale, href: '/press', title: t('title'), description: t('description') })
}

export default async function PressPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <PressList locale={locale} page={1} />
}
