'use client'

import { useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, JSONFieldClientProps } from 'payload'

import { localeNames, locales } from '@/i18n/locales'
import {
  type TranslationState,
  type TranslationTimes,
  translationStatus,
} from '@/lib/translationStatus'

import './TranslationStatus.scss'

const marks: Record<TranslationState, string> = {
  source: '●',
  current: '✓',
  outdated: '!',
  missing: '–',
}
const stateKey = {
  source: 'heroes:stateSource',
  current: 'heroes:stateCurrent',
  outdated: 'heroes:stateOutdated',
  missing: 'heroes:stateMissing',
} as const

function Badges({ times }: { times: TranslationTimes | null | undefined }) {
  const { t } = useTranslation()
  const status = translationStatus(times)
  return (
    <ul className="translation-status">
      {locales.map((locale) => {
        const label = `${localeNames[locale]}: ${t(stateKey[status[locale]] as never)}`
        return (
          <li
            key={locale}
            className={`translation-status__item translation-status__item--${status[locale]}`}
            title={label}
          >
            <span aria-hidden="true">
              {locale.toUpperCase()} {marks[status[locale]]}
            </span>
            <span className="translation-status__label">{label}</span>
          </li>
        )
      })}
    </ul>
  )
}

/** List column: one badge per locale. */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  return <Badges times={cellData as TranslationTimes} />
}

/** Edit sidebar: the same badges under a heading, with what they mean. */
export function TranslationStatusField({ path }: JSONFieldClientProps) {
  const { t } = useTranslation()
  const { value } = useField<TranslationTimes>({ path: path ?? 'translationTimes' })
  return (
    <div className="field-type translation-status-field">
      <p className="field-label">{t('heroes:translationsHeading' as never)}</p>
      <Badges times={value} />
      <p className="field-description">{t('heroes:translationsLegend' as never)}</p>
    </div>
  )
}
