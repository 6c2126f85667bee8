import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { fileSize } from '@/lib/format'
import { formatDays, formatDeadline, formatFee } from '@/lib/opportunities/format'
import type { Flagship, Institution, Media, Opportunity } from '@/payload-types'

const populated = <T extends object>(value: unknown): T[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is T => typeof item === 'object' && item !== null,
  )

/** Deadline, who and what, level, credits, languages, dates, fee and how to apply, as a list. */
export async function OpportunityFacts({
  item,
  locale,
  closed,
}: {
  item: Opportunity
  locale: Locale
  closed: boolean
}) {
  const t = await getTranslations('Opportunities')
  const list = new Intl.ListFormat(locale, { type: 'conjunction' })
  const languageName = new Intl.DisplayNames([locale], { type: 'language' })
  const members = populated<Institution>(item.members)
  const flagship = populated<Flagship>(item.flagship)[0]
  const documents = populated<Media>(item.documents).filter((file) => file.url)
  const deadline = formatDeadline(locale, item)
  const dates = formatDays(locale, item.startsOn, item.endsOn)
  const fee = item.fee == null ? null : item.fee === 0 ? t('free') : formatFee(locale, item.fee)
  const rows: [string, ReactNode][] = [
    [
      t('deadline'),
      deadline ? (
        <time dateTime={item.applicationDeadline ?? undefined}>
          {closed ? t('closed', { date: deadline }) : deadline}
        </time>
      ) : (
        t('noDeadline')
      ),
    ],
  ]
  if (item.callFor?.length)
    rows.push([t('forWhom'), list.format(item.callFor.map((who) => t(`callFor.${who}`)))])
  if (members.length)
    rows.push([
      t('members'),
      members.map((member, i) => (
        <span key={member.id}>
          {i > 0 ? ', ' : null}
          <Link href={{ pathname: '/members/[slug]', params: { slug: member.slug } }}>
            {member.name}
          </Link>
        </span>
      )),
    ])
  if (flagship)
    rows.push([
      t('facets.flagship'),
      <Link
        key="flagship"
        href={{ pathname: '/flagships/[slug]', params: { slug: flagship.slug } }}
      >
        {flagship.title}
      </Link>,
    ])
  if (item.studyMode) rows.push([t('facets.mode'), t(`modes.${item.studyMode}`)])
  if (item.eqfLevel) rows.push([t('facets.level'), t('levelValue', { level: item.eqfLevel })])
  if (item.ects) rows.push([t('credits'), t('creditsValue', { credits: item.ects })])
  if (item.instructionLanguages?.length)
    rows.push([
      t('facets.language'),
      list.format(item.instructionLanguages.map((code) => languageName.of(code) ?? code)),
    ])
  if (dates) rows.push([t('dates'), dates])
  if (fee || item.feeNote) rows.push([t('fee'), [fee, item.feeNote].filter(Boolean).join(' · ')])
  if (item.eligibility) rows.push([t('eligibility'), item.eligibility])
  if (documents.length)
    rows.push([
      t('documents'),
      <ul key="documents" className="plain-list">
        {documents.map((file) => (
          <li key={file.id}>
            {/* The call's own files, named as the editor uploaded them. */}
            <a href={file.url ?? undefined} download type="application/pdf">
              {file.filename}
            </a>{' '}
            ({fileSize(file.filesize ?? 0, locale)}, PDF)
          </li>
        ))}
      </ul>,
    ])
  if (item.howToApply) rows.push([t('howToApply'), item.howToApply])
  if (item.applicationUrl && !closed)
    rows.push([
      t('apply'),
      <a key="apply" href={item.applicationUrl}>
        {t('apply')}
      </a>,
    ])
  return (
    <dl className="facts">
      {rows.map(([term, detail]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  )
}
