'use client'

import { Banner, useFormFields, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { requiredIdentityFields } from '@/fields/identity'
import { fillMessage } from '@/lib/fillMessage'
import { richTextHasText } from '@/lib/richTextHasText'

/**
 * What editors still have to supply before a page states it as fact, shown where they edit it
 * (the form's values in the locale being edited, so each language is checked as it is opened).
 */
function Check({ message, values }: { message: string; values?: Record<string, string> }) {
  const { t } = useTranslation()
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Banner type="error">
        <span role="status">{fillMessage(t(`heroes:${message}` as never), values)}</span>
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

/** The member facts a page shows only once entered, by form path, each with its name's message. */
const memberFacts = [
  ['city', 'unfilledCity'],
  ['website', 'unfilledWebsite'],
  ['location.lat', 'unfilledLocation'],
  ['summary', 'unfilledSummary'],
  ['description', 'unfilledDescription'],
] as const

/**
 * A member: which of its facts are still empty (the texts in the language being edited). The
 * seed leaves them all empty, for the member to confirm (docs/content-sources.md).
 */
export function InstitutionChecks() {
  const { t, i18n } = useTranslation()
  const missing = useFormFields(([fields]) =>
    memberFacts
      .filter(([path]) => {
        const value = fields[path]?.value
        return path === 'description' ? !richTextHasText(value) : value == null || value === ''
      })
      .map(([, message]) => message)
      .join(' '),
  )
  if (!missing) return null
  const names = missing.split(' ').map((message) => t(`heroes:${message}` as never) as string)
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names)
  return <Check message="memberUnfilled" values={{ fields: list }} />
}

/** A partner: no website yet, so its name is shown without a link. */
export function PartnerChecks() {
  const website = useFormFields(([fields]) => Boolean(fields.website?.value))
  return website ? null : <Check message="partnerWebsiteMissing" />
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
