import type { DateField, NumberFieldSingleValidation, SelectFieldSingleValidation } from 'payload'

import { isCall } from './options'

// Messages: Admin.ui in messages/<locale>.json, in the editor's admin language.

/** The end of a course cannot come before its start (both optional: a MOOC may run always). */
export const endsAfterStart: DateField['validate'] = (value, { siblingData, req }) => {
  const start = (siblingData as { startsOn?: string | null }).startsOn
  if (!value || !start) return true
  return new Date(value).getTime() >= new Date(start).getTime()
    ? true
    : req.t('heroes:offerEndsBeforeStart' as never)
}

/** ECTS credits come in halves at the finest (ECTS Users' Guide); a degree has at most 360. */
export const validateCredits: NumberFieldSingleValidation = (value, { req }) => {
  if (value == null) return true
  const credits = Number(value)
  return Number.isFinite(credits) && credits > 0 && credits <= 360 && Number.isInteger(credits * 2)
    ? true
    : req.t('heroes:creditsInvalid' as never)
}

/** A learning offer says how it is studied (its page and its Course data need it); a call need not. */
export const modeForOffers: SelectFieldSingleValidation = (value, { siblingData, req }) => {
  const kind = (siblingData as { kind?: string }).kind
  return value || !kind || isCall(kind) ? true : req.t('heroes:studyModeRequired' as never)
}
