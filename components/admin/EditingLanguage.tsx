'use client'

import { useLocale, useTranslation } from '@payloadcms/ui'

import './EditingLanguage.scss'

/**
 * Above every edit view of localized content: which language's version is being edited, named in
 * the interface language. The admin reopens in the content language last used, so without it
 * someone could write English into the Lithuanian version.
 */
export function EditingLanguage() {
  const locale = useLocale()
  const { i18n, t } = useTranslation()
  if (!locale?.code) return null
  const language =
    new Intl.DisplayNames([i18n.language], { type: 'language' }).of(locale.code) ?? locale.code
  // Our messages are ICU ({language}); Payload's t() interpolates {{language}} only.
  const say = t as unknown as (key: string) => string
  return (
    <div className="editing-language" role="status" lang={i18n.language} data-locale={locale.code}>
      <strong className="editing-language__code">{locale.code.toUpperCase()}</strong>
      <span>
        {say('heroes:editingLanguage').replace('{language}', language)}{' '}
        <span className="editing-language__hint">{say('heroes:editingLanguageHint')}</span>
      </span>
    </div>
  )
}
