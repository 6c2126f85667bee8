import { useTranslations } from 'next-intl'

import { type Locale, localeNames, locales } from '@/i18n/locales'

/**
 * A disclosure of plain links: it works without JavaScript, each language is named in itself and
 * marked with its own `lang`, and every link leads to the same page in that language.
 */
export function LanguageMenu({
  current,
  hrefs,
}: {
  current: Locale
  hrefs: Record<Locale, string>
}) {
  const t = useTranslations('LanguageSwitcher')
  return (
    <details className="language-switcher">
      <summary>
        <span className="sr-only">{t('change')}: </span>
        <span aria-hidden="true" className="language-switcher__code">
          {current.toUpperCase()}
        </span>{' '}
        <span lang={current}>{localeNames[current]}</span>
      </summary>
      <ul aria-label={t('label')}>
        {locales.map((code) => (
          <li key={code}>
            <a
              href={hrefs[code]}
              hrefLang={code}
              lang={code}
              aria-current={code === current ? 'true' : undefined}
            >
              {localeNames[code]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
