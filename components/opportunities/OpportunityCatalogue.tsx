import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { PageIntro } from '@/components/PageIntro'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { listOpportunities } from '@/lib/cms/opportunities'
import { eventContext } from '@/lib/events/context'
import {
  knownOpportunityFilters,
  matchesOpportunityFilters,
  type OpportunityFilters,
  opportunityFacets,
  splitByDeadline,
} from '@/lib/opportunities/catalogue'

import { FacetFilters } from './FacetFilters'
import { OpportunityCard } from './OpportunityCard'

/** The open opportunities, nearest deadline first, narrowed by `filters` (from the address). */
export async function OpportunityCatalogue({
  locale,
  filters,
}: {
  locale: Locale
  filters: OpportunityFilters
}) {
  const [t, items, context] = await Promise.all([
    getTranslations('Opportunities'),
    listOpportunities(locale),
    eventContext(locale),
  ])
  if (!knownOpportunityFilters(filters, context)) notFound()
  const { open } = splitByDeadline(items)
  const shown = open.filter((item) => matchesOpportunityFilters(item, filters, context))
  const filtered = Object.keys(filters).length > 0
  return (
    <>
      <PageIntro title={t('title')} lead={t('description')} />
      <div className="container narrow section stack">
        {open.length === 0 ? (
          <p className="empty-state">{t('empty')}</p>
        ) : (
          <>
            <FacetFilters
              facets={opportunityFacets(open, filters, context)}
              filters={filters}
              context={context}
            />
            {/* A shared address whose offers have since closed says so, with the filters to widen. */}
            {filtered ? (
              <p role="status" className="results-count">
                {t('results', { count: shown.length })}
              </p>
            ) : null}
            <ol className="plain-list stack">
              {shown.map((item) => (
                <li key={item.id}>
                  <OpportunityCard item={item} />
                </li>
              ))}
            </ol>
          </>
        )}
        <p>
          <Link href="/opportunities/past">{t('seePast')}</Link>
        </p>
      </div>
    </>
  )
}
