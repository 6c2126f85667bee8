import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LocalizedArticle } from '@/components/LocalizedArticle'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getFlagship, listFlagshipSlugs } from '@/lib/cms/flagships'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateStaticParams() {
  return (await listFlagshipSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const flagship = await getFlagship(locale, slug)
  if (!flagship) return {}
  return pageMetadata({
    locale,
    href: { pathname: '/flagships/[slug]', params: { slug } },
    title: flagship.title,
    description: flagship.summary,
    translated: flagship.translatedLocales,
  })
}

export default async function FlagshipPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, flagship] = await Promise.all([getTranslations('Flagships'), getFlagship(locale, slug)])
  if (!flagship) notFound()
  return (
    <LocalizedArticle
      locale={locale}
      translated={flagship.translatedLocales}
      outdated={flagship.outdated}
      english={{ pathname: '/flagships/[slug]', params: { slug } }}
      title={flagship.title}
      lead={flagship.tagline}
      body={flagship.body}
      after={<Link href="/flagships">{t('backToList')}</Link>}
    />
  )
}
