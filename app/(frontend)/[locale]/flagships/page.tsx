import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FlagshipCard } from '@/components/Cards'
import { PageIntro } from '@/components/PageIntro'
import type { Locale } from '@/i18n/locales'
import { listFlagships } from '@/lib/cms/flagships'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Flagships' })
  return pageMetadata({
    locale,
    href: '/flagships',
    title: t('title'),
    description: t('description'),
  })
}

export default async function FlagshipsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, flagships] = await Promise.all([getTranslations('Flagships'), listFlagships(locale)])
  return (
    <>
      <PageIntro title={t('title')} lead={t('description')} />
      <div className="container section">
        <div className="grid grid--3">
          {flagships.map((flagship) => (
            <FlagshipCard key={flagship.id} flagship={flagship} headingLevel={2} />
          ))}
        </div>
      </div>
    </>
  )
}
