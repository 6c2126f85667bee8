import { useLocale, useTranslations } from 'next-intl'

import { localizedPath } from '@/i18n/pathnames'

/** The header's search: a plain GET form, so it works without JavaScript. */
export function SearchBox({ query = '' }: { query?: string }) {
  const t = useTranslations('Search')
  const locale = useLocale()
  return (
    <form
      role="search"
      action={localizedPath(locale, '/search')}
      method="get"
      className="search-box"
    >
      <label htmlFor={query ? 'search-page-q' : 'search-q'} className="sr-only">
        {t('label')}
      </label>
      <input
        id={query ? 'search-page-q' : 'search-q'}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder={t('placeholder')}
        autoComplete="off"
      />
      <button type="submit">{t('submit')}</button>
    </form>
  )
}
