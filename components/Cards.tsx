import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Flagship, Institution, PressRelease } from '@/payload-types'

import { countryName } from '@/lib/format'

export async function FlagshipCard({
  flagship,
}: {
  flagship: Pick<Flagship, 'title' | 'slug' | 'tagline'>
}) {
  const t = await getTranslations('Flagships')
  return (
    <article className="card">
      <h3 className="card__title">{flagship.title}</h3>
      <p>{flagship.tagline}</p>
      <Link
        href={`/flagships/${flagship.slug}`}
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

export async function MemberCard({
  member,
  headingLevel = 3,
}: {
  member: MemberSummary
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const [t, locale] = await Promise.all([getTranslations('Members'), getLocale()])
  return (
    <article className="card card--member">
      <Heading className="card__title">
        <Link href={`/members/${member.slug}`}>{member.name}</Link>
      </Heading>
      <p className="card__meta">
        {t('location', { city: member.city, country: countryName(member.country, locale) })}
      </p>
      <p>{member.summary}</p>
    </article>
  )
}

type PressSummary = Pick<PressRelease, 'title' | 'slug' | 'summary' | 'publishedAt'>

export async function PressCard({
  release,
  headingLevel = 3,
}: {
  release: PressSummary
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const [t, format] = await Promise.all([getTranslations('Press'), getFormatter()])
  const date = new Date(release.publishedAt)
  return (
    <article className="card card--press">
      <p className="card__meta">
        <time dateTime={release.publishedAt}>
          {t('published', { date: format.dateTime(date, { dateStyle: 'long' }) })}
        </time>
      </p>
      <Heading className="card__title">
        <Link href={`/press/${release.slug}`}>{release.title}</Link>
      </Heading>
      {release.summary ? <p>{release.summary}</p> : null}
    </article>
  )
}
