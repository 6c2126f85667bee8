import { z } from 'zod'

import { submissionTopics } from '../../collections/FormSubmissions/topics'
import { locales } from '../../i18n/locales'

import { textIssue } from './characters'
import { limits } from './limits'

export { limits }

/** NUL, escape and other C0/C1 controls; a message keeps its tabs and line breaks. */
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const lineControls = /[\u0000-\u001f\u007f-\u009f]/
const noControls = (pattern: RegExp) => (value: string) => !pattern.test(value)
const wellFormed = (value: string, ctx: z.RefinementCtx) => {
  const issue = textIssue(value)
  if (issue) ctx.addIssue({ code: 'custom', message: issue })
}

/**
 * The single source of truth for a contact message, checked on the server (the browser's form
 * checks only what HTML constraints say, without zod). Each issue's message is a key under `ContactForm.errors` in messages/<locale>.json.
 */
export const contactSchema = z.object({
  name: z
    .string('nameRequired')
    .trim()
    .min(1, 'nameRequired')
    .max(limits.name, 'nameTooLong')
    .refine(noControls(lineControls), 'controlCharacters')
    .superRefine(wellFormed),
  email: z
    .string('emailRequired')
    .trim()
    .min(1, 'emailRequired')
    .max(limits.email, 'emailInvalid')
    .pipe(z.email('emailInvalid')),
  organisation: z
    .string('organisationTooLong')
    .trim()
    .max(limits.organisation, 'organisationTooLong')
    .refine(noControls(lineControls), 'controlCharacters')
    .superRefine(wellFormed)
    .optional()
    .default(''),
  topic: z.enum(submissionTopics, 'topicRequired'),
  institution: z
    .string('institutionInvalid')
    .trim()
    .max(40, 'institutionInvalid')
    .regex(/^[a-z0-9-]*$/, 'institutionInvalid')
    .optional()
    .default(''),
  message: z
    .string('messageRequired')
    .trim()
    .min(1, 'messageRequired')
    .max(limits.message, 'messageTooLong')
    .refine(noControls(controls), 'controlCharacters')
    .superRefine(wellFormed),
  consent: z.literal(true, 'consentRequired'),
})

export type ContactInput = z.infer<typeof contactSchema>
export type ContactField = keyof ContactInput
export type FieldErrors = Partial<Record<ContactField, string>>

export const contactFields = Object.keys(contactSchema.shape) as ContactField[]

export const contactLocale = z.enum(locales)

/** Reads the form's raw values (FormData or JSON) into the shape the schema expects. */
export function fromForm(raw: Record<string, unknown>): Record<string, unknown> {
  const consent = raw.consent
  return {
    ...raw,
    consent: consent === true || consent === 'on' || consent === 'true',
  }
}

/** Validates, returning either the clean data or one error key per field. */
export function validateContact(
  raw: Record<string, unknown>,
): { success: true; data: ContactInput } | { success: false; errors: FieldErrors } {
  const result = contactSchema.safeParse(fromForm(raw))
  if (result.success) return { success: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ContactField
    errors[field] ??= issue.message
  }
  return { success: false, errors }
}
