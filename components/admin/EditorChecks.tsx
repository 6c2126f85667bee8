'use client'

import { Banner, useFormFields, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { requiredIdentityFields } from '@/fields/identity'

/**
 * What editors still have to supply before a page states it as fact, shown where they edit it
 * (the form's values in the locale being edited, so each language is checked as it is opened).
 */
function Check({ message }: { message: string }) {
  const { t } = useTranslation()
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Banner type="error">
        <span role="status">{t(`heroes:${message}` as never)}</span>
      </Banner>
    </div>
  )
}

/** Site settings: the publisher and the data controller the legal pages name. */
export function SiteChecks() {
  const missing = useFormFields(([fields]) =>
    (['publisher', 'controller'] as const).some((group) =>
      requiredIdentityFields.some((name) => !fields[`${group}.${name}`]?.value),
    ),
  )
  return missing ? <Check message="identityMissing" /> : null
}

/** A press release: an unconfirmed date, and no PDF in the language being edited. */
export function PressReleaseChecks() {
  const confirmed = useFormFields(([fields]) => Boolean(fields.dateConfirmed?.value))
  const pdf = useFormFields(([fields]) => Boolean(fields.pdf?.value))
  return (
    <>
      {confirmed ? null : <Check message="dateUnconfirmed" />}
      {pdf ? null : <Check message="pdfMissing" />}
    </>
  )
}

/** The list's column: whether the date is confirmed, in words rather than `false`. */
export function DateConfirmedCell({ cellData }: DefaultCellComponentProps) {
  const { t } = useTranslation()
  return cellData ? (
    <span>{t('heroes:dateConfirmedCell' as never)}</span>
  ) : (
    <strong>{t('heroes:dateUnconfirmedCell' as never)}</strong>
  )
}
