import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { listOpportunities } from '@/lib/cms/opportunities'
import { nearestDeadlines } from '@/lib/opportunities/catalogue'

import { OpportunityCard } from './OpportunityCard'

/** The home page's three nearest application deadlines; nothing at all when none is open. */
export async function NearestDeadlines({ locale }: { locale: Locale }) {
  const [t, items] = await Promise.all([getTranslations('Home'), listOpportunities(locale)])
  const next = nearestDeadlines(items)
  if (next.length === 0) return null
  return (
    <section className="section" aria-labelledby="nearest-deadlines">
      <div className="container">
        <h2 id="nearest-deadlines">{t('nearestDeadlines')}</h2>
        <ul className="plain-list grid">
          {next.map((item) => (
            <li key={item.id}>
              <OpportunityCard item={item} headingLevel={3} />
            </li>
          ))}
        </ul>
        <p>
          <Link href="/opportunities">{t('allOpportunities')}</Link>
        </p>
      </div>
    </section>
  )
}
