import type { PayloadRequest, TextareaFieldValidation, TextFieldValidation } from 'payload'
import { text, textarea } from 'payload/shared'

import { isLocale } from '../../i18n/locales'
import { messagesByLocale } from '../../i18n/messages'
import { textIssue } from '../../lib/contact/characters'

/**
 * The contact form's character rules on the collection itself, so that the admin and the local
 * API cannot store what the form refuses either (lib/contact/characters.ts). The message is the
 * form's own, in the staff member's admin language (English for the local API and Finnish).
 * Only new or changed text is checked: a submission stored before the rule existed can still be
 * triaged (its status changed in bulk) without first editing what the visitor sent.
 */
function refusal(value: unknown, previousValue: unknown, req: PayloadRequest): string | undefined {
  if (value === previousValue) return undefined
  const issue = typeof value === 'string' ? textIssue(value) : undefined
  if (!issue) return undefined
  const language = req.i18n?.language
  return messagesByLocale[isLocale(language) ? language : 'en'].ContactForm.errors[issue]
}

export const wellFormedText: TextFieldValidation = (value, options) =>
  refusal(value, options.previousValue, options.req) ?? text(value, options)

export const wellFormedTextarea: TextareaFieldValidation = (value, options) =>
  refusal(value, options.previousValue, options.req) ?? textarea(value, options)
