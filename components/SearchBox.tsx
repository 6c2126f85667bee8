import { useLocale, useTranslations } from 'next-intl'

import { localizedPath } from '@/i18n/pathnames'

/**
 * The site search: a plain GET form, so it works without JavaScript. In the header its button is
 * a magnifier of fixed size with its label for assistive technology and as a tooltip: a button
 * sized by its words moved the input's end as they arrived (docs/performance.md). The search page
 * has its own, with the query in it and the label in words.
 */
export function SearchBox({
  inHeader = false,
  query = '',
}: {
  inHeader?: boolean
  query?: string
}) {
  const t = useTranslations('Search')
  const locale = useLocale()
  const id = inHeader ? 'search-q' : 'search-page-q'
  return (
    <form
      role="search"
      action={localizedPath(locale, '/search')}
      method="get"
      className="search-box"
    >
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder={t('placeholder')}
        autoComplete="off"
      />
      {inHeader ? (
        <button type="submit" className="search-box__icon" title={t('submit')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <circle
              cx="10.5"
              cy="10.5"
              r="6.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
            />
            <path
              d="m15.5 15.5 5 5"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinecap="round"
            />
          </svg>
          <span className="sr-only">{t('submit')}</span>
        </button>
      ) : (
        <button type="submit">{t('submit')}</button>
      )}
    </form>
  )
}
