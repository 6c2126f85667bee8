import type { Field, FieldHook } from 'payload'

import { defaultLocale, isLocale } from '../../i18n/locales'
import { textChanged, type TranslationTimes } from '../translationStatus'
import { isTranslatorOnly } from './access'
import { textIn } from './approvedText'
import { type Approval, type ApprovedText, isApproval } from './state'
import { valueAt } from './targets'

/** Set on `req.context` by approve()/markAwaitingApproval() (lib/translation/approve.ts) only. */
export const APPROVE_CONTEXT = 'translationApproval'
export const AWAIT_CONTEXT = 'translationAwaiting'

/**
 * The `context` for a save that writes a translation someone must still approve, whoever saves it
 * (an XLIFF import by an editor, say): `payload.update({ …, locale, context: awaitingApproval(locale) })`.
 */
export const awaitingApproval = (locale: string) => ({ [AWAIT_CONTEXT]: locale })

type Tracking = {
  tracked: string[]
  probe: string
  /** No drafts: the approved text must be kept in the record while a re-edit awaits approval. */
  keepsApprovedText: boolean
}

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
  ({ tracked, probe, keepsApprovedText }: Tracking): FieldHook =>
  ({ collection, context, data, global, originalDoc, req, siblingDocWithLocales }) => {
    const locale = isLocale(req.locale) ? req.locale : defaultLocale
    const previous = (originalDoc as Record<string, unknown> | undefined)?.translationApproval
    const kept = isApproval(previous) ? previous : null
    if (locale === defaultLocale) return null
    const now = new Date().toISOString()
    /**
     * The text visitors keep while this save's text awaits approval: the one approved before, or
     * text without a record (seeded: approved, ./state.ts), read from the stored document.
     */
    const approvedBefore = (): ApprovedText | undefined => {
      if (!keepsApprovedText) return undefined
      if (kept?.state === 'awaiting') return kept.approved
      const stored = (siblingDocWithLocales ?? {}) as Record<string, unknown>
      const own = (valueAt(stored, probe) as Record<string, unknown> | undefined)?.[locale]
      if (!kept && (typeof own === 'string' ? !own.trim() : !own)) return undefined
      const fields = (collection ?? global)?.flattenedFields ?? []
      const text = textIn(
        fields.filter((f) => tracked.includes(f.name)),
        stored,
        locale,
      )
      const times = (stored.translationTimes ?? {}) as TranslationTimes
      const at = kept?.at ?? times[locale] ?? times[defaultLocale] ?? now
      const sourceAt = kept
        ? (kept.sourceAt ?? kept.at)
        : (times[locale] ?? times[defaultLocale] ?? now)
      return { at, sourceAt, text }
    }
    const awaiting = (): Approval => {
      const approved = approvedBefore()
      return { state: 'awaiting', at: now, ...(approved ? { approved } : {}) }
    }
    if (context?.[APPROVE_CONTEXT] === locale) {
      return {
        state: 'approved',
        at: now,
        sourceAt: sourceOf(originalDoc) ?? now,
      } satisfies Approval
    }
    if (context?.[AWAIT_CONTEXT] === locale) return awaiting()
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
    if (textChanged(tracked, before, data ?? {})) return awaiting()
    return kept
  }

/**
 * The per-language approval record (see ./state.ts). Localized, so publishing one locale
 * (`publishSpecificLocale`) carries that locale's record with its text and no other's.
 */
export function translationApprovalField(tracking: Tracking): Field {
  return {
    name: 'translationApproval',
    type: 'json',
    localized: true,
    admin: { disabled: true },
    hooks: { beforeChange: [keepApproval(tracking)] },
  }
}
