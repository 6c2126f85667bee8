'use client'

import { useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, JSONFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

import { localeNames, locales } from '@/i18n/locales'
import {
  type TranslationState,
  type TranslationTimes,
  translationStatus,
} from '@/lib/translationStatus'

import './TranslationStatus.scss'

/** The times' states, plus the workflow's "awaiting approval" (lib/translation/state.ts). */
type BadgeState = TranslationState | 'awaiting'

const marks: Record<BadgeState, string> = {
  source: '●',
  current: '✓',
  outdated: '!',
  missing: '–',
  awaiting: '…',
}
const stateKey = {
  source: 'heroes:stateSource',
  current: 'heroes:stateCurrent',
  outdated: 'heroes:stateOutdated',
  missing: 'heroes:stateMissing',
  awaiting: 'heroes:stateAwaiting',
} as const

function Badges({
  times,
  states,
}: {
  times: TranslationTimes | null | undefined
  states?: Record<string, BadgeState> | null
}) {
  const { t } = useTranslation()
  const status = { ...translationStatus(times), ...states } as Record<string, BadgeState>
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

/**
 * Edit sidebar: the same badges under a heading, with what they mean. The workflow's states
 * (awaiting approval, approved) come from the server after every save (/api/translations/status).
 */
export function TranslationStatusField({ path }: JSONFieldClientProps) {
  const { t } = useTranslation()
  const { value } = useField<TranslationTimes>({ path: path ?? 'translationTimes' })
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [states, setStates] = useState<Record<string, BadgeState> | null>(null)
  const saved = JSON.stringify(value ?? null)
  useEffect(() => {
    if (!globalSlug && !id) return
    const query = globalSlug
      ? new URLSearchParams({ global: globalSlug })
      : new URLSearchParams({ collection: collectionSlug ?? '', id: String(id) })
    const controller = new AbortController()
    fetch(`${api}/translations/status?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((r) => (r.ok ? r.json() : null))
      .then((body) => setStates(body?.states ?? null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, collectionSlug, globalSlug, id, saved])
  return (
    <div className="field-type translation-status-field">
      <p className="field-label">{t('heroes:translationsHeading' as never)}</p>
      <Badges times={value} states={states} />
      <p className="field-description">{t('heroes:translationsLegend' as never)}</p>
    </div>
  )
}
