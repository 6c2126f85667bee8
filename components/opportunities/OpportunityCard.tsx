import { getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { OpportunitySummary } from '@/lib/cms/opportunities'
import { formatDeadline } from '@/lib/opportunities/format'

/** One opportunity in a list: its kind, title, deadline and how it is studied. */
export async function OpportunityCard({
  item,
  headingLevel = 2,
}: {
  item: OpportunitySummary
  headingLevel?: 2 | 3
}) {
  const [t, locale] = await Promise.all([getTranslations('Opportunities'), getLocale()])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const deadline = formatDeadline(locale, item)
  const facts = [
    item.studyMode ? t(`modes.${item.studyMode}`) : null,
    item.eqfLevel ? t('levelValue', { level: item.eqfLevel }) : null,
    item.ects ? t('creditsValue', { credits: item.ects }) : null,
  ].filter(Boolean)
  return (
    <article className="card card--event">
      <p className="eyebrow">{t(`kinds.${item.kind}`)}</p>
      <Heading className="card__title">
        <Link href={{ pathname: '/opportunities/[slug]', params: { slug: item.slug ?? '' } }}>
          {item.title}
        </Link>
      </Heading>
      <p className="card__meta">
        {deadline ? (
          <time dateTime={item.applicationDeadline ?? undefined}>
            {t('deadlineValue', { date: deadline })}
          </time>
        ) : (
          t('noDeadline')
        )}
      </p>
      {facts.length > 0 ? <p className="card__meta">{facts.join(' · ')}</p> : null}
      {item.summary ? <p>{item.summary}</p> : null}
    </article>
  )
}
