import type { FlattenedField } from 'payload'

import type { Locale } from '../../i18n/locales'
import { type ApprovedText, isApproval } from './state'

type Doc = Record<string, unknown>

const isLocalized = (field: FlattenedField) => 'localized' in field && field.localized === true
const subFields = (field: FlattenedField): FlattenedField[] | null =>
  (field.type === 'group' || field.type === 'tab' || field.type === 'array') &&
  'flattenedFields' in field
    ? field.flattenedFields
    : null
const holdsLocalized = (field: FlattenedField): boolean =>
  isLocalized(field) || Boolean(subFields(field)?.some(holdsLocalized))

/**
 * One language's values of `fields` in a document stored with every locale (`{ en, lt, … }` at
 * each localized field): groups keep their localized members, arrays their rows (by id) with the
 * rows' localized members. Non-localized values are left out, so restoring this text never
 * restores an old e-mail address or number.
 */
export function textIn(fields: FlattenedField[], withLocales: Doc, locale: Locale): Doc {
  const out: Doc = {}
  for (const field of fields) {
    if (!holdsLocalized(field)) continue
    const value = withLocales[field.name]
    const inner = subFields(field)
    if (isLocalized(field)) out[field.name] = (value as Doc | null)?.[locale] ?? null
    else if (field.type === 'array' && inner)
      out[field.name] = (Array.isArray(value) ? value : []).map((row: Doc) => ({
        id: row.id,
        ...textIn(inner, row, locale),
      }))
    else if (inner) out[field.name] = textIn(inner, (value ?? {}) as Doc, locale)
  }
  return out
}

/**
 * `doc` (read in one language) with its text replaced by `text` (from textIn), for the fields
 * `doc` has: an array takes the approved rows, each keeping its current non-localized values.
 */
export function withText(fields: FlattenedField[], doc: Doc, text: Doc): Doc {
  const out: Doc = { ...doc }
  for (const field of fields) {
    if (!(field.name in text) || !(field.name in doc)) continue
    const inner = subFields(field)
    if (isLocalized(field) || !inner) out[field.name] = text[field.name]
    else if (field.type === 'array') {
      const current = (Array.isArray(doc[field.name]) ? doc[field.name] : []) as Doc[]
      out[field.name] = ((text[field.name] ?? []) as Doc[]).map((row) => ({
        ...withText(inner, current.find((c) => c.id === row.id) ?? { ...row }, row),
        id: row.id,
      }))
    } else
      out[field.name] = withText(inner, (doc[field.name] ?? {}) as Doc, text[field.name] as Doc)
  }
  return out
}

/** The approved text visitors keep in `locale` while a re-edit awaits approval, if any. */
export function keptApproval(approvals: unknown, locale: Locale): ApprovedText | undefined {
  const approval = (approvals as Doc | null | undefined)?.[locale]
  return isApproval(approval) && approval.state === 'awaiting' ? approval.approved : undefined
}
