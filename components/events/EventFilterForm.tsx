import { getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import type { EventFilters, Facet, FilterContext } from '@/lib/events/filters'

/**
 * The filters as a plain GET form: it works without JavaScript and its result is a shareable
 * address (`?member=…&format=…`). Each choice shows how many events it leaves; only choices
 * that leave some are offered.
 */
export async function EventFilterForm({
  facets,
  filters,
  context,
}: {
  facets: Facet[]
  filters: EventFilters
  context: FilterContext
}) {
  const [t, locale] = await Promise.all([getTranslations('Events'), getLocale()])
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' })
  const label = (key: Facet['key'], value: string): string => {
    if (key === 'member') return context.members.find((m) => m.slug === value)?.name ?? value
    if (key === 'flagship') return context.flagships.find((f) => f.slug === value)?.name ?? value
    if (key === 'audience') return t(`audiences.${value}` as never)
    if (key === 'format') return t(`formats.${value}` as never)
    return monthName.format(new Date(`${value}-15T12:00:00Z`))
  }
  return (
    <form
      method="get"
      action={localizedPath(locale as Locale, '/events')}
      className="filters"
      aria-labelledby="event-filters"
    >
      <h2 id="event-filters" className="filters__title">
        {t('filtersTitle')}
      </h2>
      <div className="filters__fields">
        {facets.map(({ key, options }) => (
          <p key={key} className="field">
            <label htmlFor={`filter-${key}`}>{t(key)}</label>
            <select id={`filter-${key}`} name={key} defaultValue={filters[key] ?? ''}>
              <option value="">{t('any')}</option>
              {options.map(({ value, count }) => (
                <option key={value} value={value}>
                  {`${label(key, value)} (${count})`}
                </option>
              ))}
            </select>
          </p>
        ))}
      </div>
      <p className="filters__actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
        {Object.keys(filters).length > 0 ? <Link href="/events">{t('clear')}</Link> : null}
      </p>
    </form>
  )
}
