import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LocalizedArticle } from '@/components/LocalizedArticle'
import { nameLang } from '@/components/ProperName'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { getInstitution, listInstitutionSlugs } from '@/lib/cms/institutions'
import { countryName } from '@/lib/format'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateStaticParams() {
  return (await listInstitutionSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const [t, member] = await Promise.all([
    getTranslations({ locale, namespace: 'Members' }),
    getInstitution(locale, slug),
  ])
  if (!member) return {}
  return pageMetadata({
    locale,
    href: { pathname: '/members/[slug]', params: { slug } },
    title: member.name,
    description:
      member.summary ||
      t('memberMeta', { name: member.name, country: countryName(member.country, locale) }),
    translated: member.translatedLocales,
  })
}

export default async function MemberPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, events, member] = await Promise.all([
    getTranslations('Members'),
    getTranslations('Events'),
    getInstitution(locale, slug),
  ])
  if (!member) notFound()
  // Only what the member has confirmed is entered (docs/content-sources.md); an empty fact is
  // left out rather than shown as a gap a visitor can do nothing with.
  const facts = (
    <dl className="facts">
      {member.city ? (
        <div>
          <dt>{t('city')}</dt>
          <dd>{member.city}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('country')}</dt>
        <dd>{countryName(member.country, locale)}</dd>
      </div>
      {member.website ? (
        <div>
          <dt>{t('website')}</dt>
          <dd>
            <a href={member.website} rel="noopener">
              {new URL(member.website).host}
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  )
  return (
    <LocalizedArticle
      locale={locale}
      translated={member.translatedLocales}
      outdated={member.outdated}
      english={{ pathname: '/members/[slug]', params: { slug } }}
      title={member.name}
      titleLang={nameLang(locale)}
      lead={member.summary}
      body={member.description}
      before={
        member.officialName && member.officialName !== member.name ? (
          <p className="eyebrow">{member.officialName}</p>
        ) : null
      }
      after={
        <>
          {facts}
          <p>
            <a
              href={localizedPath(locale, {
                pathname: '/members/[slug]/events.ics',
                params: { slug: member.slug },
              })}
              type="text/calendar"
            >
              {events('memberCalendar', { member: member.name })}
            </a>
          </p>
          <Link href="/members">{t('backToList')}</Link>
        </>
      }
    />
  )
}
