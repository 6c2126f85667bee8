import { getLocale, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import type { FilterContext } from '@/lib/events/filters'
import {
  filterQuery,
  type OpportunityFacet,
  type OpportunityFilters,
} from '@/lib/opportunities/catalogue'

/**
 * The catalogue's filters as links: each value says how many opportunities it leaves with the
 * other choices, and only values that leave some are links, so no address with an empty list can
 * be reached by clicking. Plain links (full page loads): they work without JavaScript, and each
 * address (`?kind=mooc&mode=online`) can be shared.
 */
export async function FacetFilters({
  facets,
  filters,
  context,
}: {
  facets: OpportunityFacet[]
  filters: OpportunityFilters
  context: FilterContext
}) {
  const [t, locale] = await Promise.all([getTranslations('Opportunities'), getLocale()])
  const base = localizedPath(locale as Locale, '/opportunities')
  const languageName = new Intl.DisplayNames([locale], { type: 'language' })
  const label = (key: OpportunityFacet['key'], value: string): string => {
    switch (key) {
      case 'member':
        return context.members.find((m) => m.slug === value)?.name ?? value
      case 'flagship':
        return context.flagships.find((f) => f.slug === value)?.name ?? value
      case 'kind':
        return t(`kinds.${value}` as never)
      case 'mode':
        return t(`modes.${value}` as never)
      case 'level':
        return t('levelValue', { level: value })
      case 'language':
        return languageName.of(value) ?? value
    }
  }
  return (
    <nav className="filters" aria-labelledby="opportunity-filters">
      <h2 id="opportunity-filters" className="filters__title">
        {t('filtersTitle')}
      </h2>
      <div className="filters__fields">
        {facets.map(({ key, options }) => (
          <div key={key} className="facet">
            <h3 className="facet__title">{t(`facets.${key}`)}</h3>
            <ul className="plain-list facet__options">
              {options.map(({ value, count, chosen }) => {
                const text = `${label(key, value)} (${count})`
                return (
                  <li key={value}>
                    {chosen ? (
                      <>
                        <strong>{text}</strong>{' '}
                        <a href={base + filterQuery(filters, key, null)} className="facet__remove">
                          {t('removeFilter', { value: label(key, value) })}
                        </a>
                      </>
                    ) : count > 0 ? (
                      <a href={base + filterQuery(filters, key, value)}>{text}</a>
                    ) : (
                      <span className="facet__empty">{text}</span>
                    )}
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
      {Object.keys(filters).length > 0 ? (
        <p className="filters__actions">
          <a href={base}>{t('clear')}</a>
        </p>
      ) : null}
    </nav>
  )
}
