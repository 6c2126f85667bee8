import type { DateField, NumberField, SelectField } from 'payload'

import { isCall } from './options'

/** The end of a course cannot come before its start (both optional: a MOOC may run always). */
export const endsAfterStart: DateField['validate'] = (value, { siblingData }) => {
  const start = (siblingData as { startsOn?: string | null }).startsOn
  if (!value || !start) return true
  return new Date(value).getTime() >= new Date(start).getTime()
    ? true
    : 'The offer cannot end before it starts.'
}

/** ECTS credits come in halves at the finest (ECTS users' guide); a degree has at most 360. */
export const validateCredits: NumberField['validate'] = (value) => {
  if (value == null) return true
  const credits = Number(value)
  return Number.isFinite(credits) && credits > 0 && credits <= 360 && Number.isInteger(credits * 2)
    ? true
    : 'Enter ECTS credits between 0.5 and 360, in steps of 0.5.'
}

/** A learning offer says how it is studied (its page and its Course data need it); a call need not. */
export const modeForOffers: SelectField['validate'] = (value, { siblingData }) => {
  const kind = (siblingData as { kind?: string }).kind
  return value || !kind || isCall(kind) ? true : 'Choose how the offer is studied.'
}
