import { useFormatter, useLocale, useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'
import type { Flagship, Institution, PressRelease } from '@/payload-types'

import { countryName } from '@/lib/format'

import { ProperName } from './ProperName'

export function FlagshipCard({
  flagship,
  headingLevel = 3,
}: {
  flagship: Pick<Flagship, 'title' | 'slug' | 'tagline'>
  /** 2 where the cards are the page's first level below its title (the flagships list). */
  headingLevel?: 2 | 3
}) {
  const t = useTranslations('Flagships')
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      <Heading className="card__title">{flagship.title}</Heading>
      <p>{flagship.tagline}</p>
      <Link
        href={{ pathname: '/flagships/[slug]', params: { slug: flagship.slug } }}
        className="card__link"
        aria-label={t('readMore', { title: flagship.title })}
      >
        {t('readMore', { title: flagship.title })}
      </Link>
    </article>
  )
}

type MemberSummary = Pick<
  Institution,
  'name' | 'officialName' | 'slug' | 'city' | 'country' | 'summary'
>

export function MemberCard({
  member,
  headingLevel = 3,
}: {
  member: MemberSummary
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = useTranslations('Members')
  const locale = useLocale()
  return (
    <article className="card card--member">
      <Heading className="card__title">
        <Link href={{ pathname: '/members/[slug]', params: { slug: member.slug } }}>
          <ProperName name={member.name} locale={locale} />
        </Link>
      </Heading>
      <p className="card__meta">
        {t('location', { city: member.city, country: countryName(member.country, locale) })}
      </p>
      <p>{member.summary}</p>
    </article>
  )
}

type PressSummary = Pick<
  PressRelease,
  'title' | 'slug' | 'summary' | 'publishedAt' | 'dateConfirmed'
>

export function PressCard({
  release,
  headingLevel = 3,
}: {
  release: PressSummary
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = useTranslations('Press')
  const format = useFormatter()
  const date = new Date(release.publishedAt)
  return (
    <article className="card card--press">
      {/* A date no editor has confirmed is not shown as a fact. */}
      {release.dateConfirmed ? (
        <p className="card__meta">
          <time dateTime={release.publishedAt}>
            {t('published', { date: format.dateTime(date, { dateStyle: 'long' }) })}
          </time>
        </p>
      ) : null}
      <Heading className="card__title">
        <Link href={{ pathname: '/press/[slug]', params: { slug: release.slug ?? '' } }}>
          {release.title}
        </Link>
      </Heading>
      {release.summary ? <p>{release.summary}</p> : null}
    </article>
  )
}
