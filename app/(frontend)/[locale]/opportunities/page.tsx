import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { OpportunityCatalogue } from '@/components/opportunities/OpportunityCatalogue'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Opportunities' })
  return pageMetadata({
    locale,
    href: '/opportunities',
    title: t('title'),
    description: t('description'),
  })
}

/** Unfiltered; a filtered catalogue (`?kind=mooc`) is served from ./filter/[filter]. */
export default async function OpportunitiesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <OpportunityCatalogue locale={locale} filters={{}} />
}
