'use client'

import { useLocale, useTranslations } from 'next-intl'

import { localeNames, locales } from '@/i18n/locales'
import { usePathname } from '@/i18n/navigation'

/**
 * A disclosure of plain links: it works without JavaScript, each language is named in itself and
 * marked with its own `lang`, and every link keeps the visitor on the same page.
 */
export function LanguageSwitcher() {
  const t = useTranslations('LanguageSwitcher')
  const current = useLocale()
  const pathname = usePathname()
  const path = pathname === '/' ? '' : pathname
  return (
    <details className="language-switcher">
      <summary aria-label={`${t('change')}: ${localeNames[current]}`}>
        <span aria-hidden="true" className="language-switcher__code">
          {current.toUpperCase()}
        </span>{' '}
        <span lang={current}>{localeNames[current]}</span>
      </summary>
      <ul aria-label={t('label')}>
        {locales.map((code) => (
          <li key={code}>
            <a
              href={`/${code}${path}`}
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
