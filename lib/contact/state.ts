import { contactFields, type FieldErrors } from './schema'

/** What the form shows after an attempt: the outcome and, unless it was sent, what was typed. */
export type ContactState = {
  result?: 'sent' | 'invalid' | 'rateLimited' | 'unavailable' | 'tooLarge'
  errors?: FieldErrors
  values?: Record<string, string>
  attempt?: number
}

/** The visitor's own text, exactly as typed, to put back into the form. */
export function typedValues(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    contactFields
      .filter((f) => typeof raw[f] === 'string')
      .map((f) => [f, String(raw[f]).slice(0, 10_000)]),
  )
}
