import type { Field, FieldHook } from 'payload'

import { defaultLocale, isLocale } from '../../i18n/locales'
import type { TranslationTimes } from '../translationStatus'
import { isTranslatorOnly } from './access'
import { type Approval, isApproval } from './state'

/** Set on `req.context` by approve()/markAwaitingApproval() (lib/translation/approve.ts) only. */
export const APPROVE_CONTEXT = 'translationApproval'
export const AWAIT_CONTEXT = 'translationAwaiting'

/**
 * The `context` for a save that writes a translation someone must still approve, whoever saves it
 * (an XLIFF import by an editor, say): `payload.update({ …, locale, context: awaitingApproval(locale) })`.
 */
export const awaitingApproval = (locale: string) => ({ [AWAIT_CONTEXT]: locale })

const changed = (
  fields: string[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
) =>
  fields.some(
    (field) => field in after && JSON.stringify(after[field]) !== JSON.stringify(before[field]),
  )

const sourceOf = (doc: unknown) =>
  (doc as { translationTimes?: TranslationTimes } | undefined)?.translationTimes?.[defaultLocale]

/**
 * Keeps the approval record of the locale being saved. Whatever a client sends is ignored: the
 * record changes only here, from what the save does.
 * - English saves keep none (English is the source; its changes make approved translations
 *   outdated through translationTimes).
 * - An approval (APPROVE_CONTEXT = this locale) records who approved, when, against which English.
 * - An editor's or admin's publish in this locale (or save, where there are no drafts) approves it.
 * - Any other change of the tracked text in this locale (a translator's, a draft, an XLIFF import
 *   through markAwaitingApproval), from the admin, REST, GraphQL or the local API, leaves the
 *   translation awaiting approval.
 */
const keepApproval =
  (tracked: string[]): FieldHook =>
  ({ context, data, originalDoc, req }) => {
    const locale = isLocale(req.locale) ? req.locale : defaultLocale
    const previous = (originalDoc as Record<string, unknown> | undefined)?.translationApproval
    const kept = isApproval(previous) ? previous : null
    if (locale === defaultLocale) return null
    const now = new Date().toISOString()
    if (context?.[APPROVE_CONTEXT] === locale) {
      return {
        state: 'approved',
        at: now,
        sourceAt: sourceOf(originalDoc) ?? now,
      } satisfies Approval
    }
    if (context?.[AWAIT_CONTEXT] === locale)
      return { state: 'awaiting', at: now } satisfies Approval
    // An editor or admin publishing in this language approves it by doing so (Contentful's
    // locale publishing): their own translations and what they review need no second click.
    const publishing = (data as { _status?: string } | undefined)?._status !== 'draft'
    if (publishing && !isTranslatorOnly(req.user))
      return {
        state: 'approved',
        at: now,
        sourceAt: sourceOf(originalDoc) ?? now,
      } satisfies Approval
    const before = (originalDoc ?? {}) as Record<string, unknown>
    if (changed(tracked, before, data ?? {}))
      return { state: 'awaiting', at: now } satisfies Approval
    return kept
  }

/**
 * The per-language approval record (see ./state.ts). Localized, so publishing one locale
 * (`publishSpecificLocale`) carries that locale's record with its text and no other's.
 */
export function translationApprovalField(tracked: string[]): Field {
  return {
    name: 'translationApproval',
    type: 'json',
    localized: true,
    admin: { disabled: true },
    hooks: { beforeChange: [keepApproval(tracked)] },
  }
}
