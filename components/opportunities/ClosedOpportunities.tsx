import { getTranslations } from 'next-intl/server'

import { PageIntro } from '@/components/PageIntro'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { listOpportunities } from '@/lib/cms/opportunities'
import { splitByDeadline } from '@/lib/opportunities/catalogue'

import { OpportunityCard } from './OpportunityCard'

/** The archive: opportunities whose application deadline has passed, the latest first. */
export async function ClosedOpportunities({ locale }: { locale: Locale }) {
  const [t, items] = await Promise.all([
    getTranslations('Opportunities'),
    listOpportunities(locale),
  ])
  const { closed } = splitByDeadline(items)
  return (
    <>
      <PageIntro title={t('pastTitle')} lead={t('pastDescription')} />
      <div className="container narrow section stack">
        {closed.length === 0 ? (
          <p className="empty-state">{t('emptyPast')}</p>
        ) : (
          <ol className="plain-list stack">
            {closed.map((item) => (
              <li key={item.id}>
                <OpportunityCard item={item} />
              </li>
            ))}
          </ol>
        )}
        <p>
          <Link href="/opportunities">{t('seeOpen')}</Link>
        </p>
      </div>
    </>
  )
}
