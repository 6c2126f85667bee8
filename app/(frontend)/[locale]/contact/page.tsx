import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ContactForm } from '@/components/ContactForm.client'
import { contactStrings } from '@/components/contactStrings'
import { PageIntro } from '@/components/PageIntro'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { getSite } from '@/lib/cms/home'
import { listMembers } from '@/lib/cms/institutions'
import { pageHref } from '@/lib/cms/pageHref'
import { pageSlugs } from '@/lib/cms/pages'
import { getEnv } from '@/lib/env'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Contact' })
  return pageMetadata({
    locale,
    href: '/contact',
    title: t('title'),
    description: t('description'),
  })
}

export default async function ContactPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, site, members, pages] = await Promise.all([
    getTranslations('Contact'),
    getSite(locale),
    listMembers(locale),
    pageSlugs(locale),
  ])
  return (
    <>
      <PageIntro
        title={t('title')}
        // Empty until the alliance agrees a text (docs/content-sources.md): the standard line.
        lead={site.contact?.intro || t('description')}
        // The intro is editors' text: marked as English where it is not yet translated.
        lang={site.contact?.intro && !site.translatedLocales.includes(locale) ? 'en' : undefined}
      />
      <div className="container narrow section">
        <ContactForm
          locale={locale}
          institutions={members.map(({ slug, name }) => ({ slug, name }))}
          strings={await contactStrings({
            retentionDays: getEnv().submissionRetentionDays,
            privacyHref: localizedPath(locale, pageHref(pages, 'privacy')),
          })}
        />
      </div>
    </>
  )
}
