import { defaultLocale, type Locale, locales } from '../../i18n/locales'
import type { TranslationTimes } from '../translationStatus'

/**
 * The approval state of one translation (one document in one language), stored per locale in the
 * localized `translationApproval` field. English is the source and has none.
 * - awaiting: its text changed (typed, imported) since it was last approved; not served.
 * - approved: signed off for its language at `at`, against the English of `sourceAt`.
 * Who saved or approved is in the version history (updatedBy); the record is public, so it names
 * nobody.
 */
export type Approval = {
  state: 'awaiting' | 'approved'
  at: string
  /** translationTimes.en when it was approved: English changed after it = outdated. */
  sourceAt?: string | null
}

/**
 * What the workflow says of one document in one language.
 * - source: English. missing: no text. awaiting: text waiting for approval (visitors get English).
 * - current: approved (or published before the workflow existed) and English has not moved on.
 * - outdated: approved, English changed since; visitors keep it, with a note linking to English.
 */
export type WorkflowState = 'source' | 'missing' | 'awaiting' | 'current' | 'outdated'

/** The states in which visitors read the translation itself rather than the English fallback. */
export const servedStates: readonly WorkflowState[] = ['source', 'current', 'outdated']

/** The states that are work for a translator of that language. */
export const waitingStates: readonly WorkflowState[] = ['missing', 'outdated', 'awaiting']

export function isApproval(value: unknown): value is Approval {
  if (!value || typeof value !== 'object') return false
  const { state, at } = value as Record<string, unknown>
  return (state === 'awaiting' || state === 'approved') && typeof at === 'string'
}

/**
 * One locale's state. Text without an approval record was published before the workflow existed
 * (seeded, migrated): it counts as approved when its own text last changed, so existing
 * translations stay online and the old "!" rule (own change older than English) still applies.
 */
export function localeState(args: {
  locale: Locale
  hasText: boolean
  approval: unknown
  times: TranslationTimes | null | undefined
}): WorkflowState {
  const { locale, hasText, approval, times } = args
  if (locale === defaultLocale) return 'source'
  if (!hasText) return 'missing'
  const source = times?.[defaultLocale]
  if (isApproval(approval)) {
    if (approval.state === 'awaiting') return 'awaiting'
    const against = approval.sourceAt ?? approval.at
    return source && against < source ? 'outdated' : 'current'
  }
  const own = times?.[locale]
  return source && own && own < source ? 'outdated' : 'current'
}

/**
 * Every locale's state of a document read with `locale: 'all'`: `texts` is a localized field every
 * translation fills (title, summary…), `approvals` the `translationApproval` field.
 */
export function documentStates(args: {
  texts: unknown
  approvals: unknown
  times: TranslationTimes | null | undefined
}): Record<Locale, WorkflowState> {
  const texts = (args.texts && typeof args.texts === 'object' ? args.texts : {}) as Record<
    string,
    unknown
  >
  const approvals = (
    args.approvals && typeof args.approvals === 'object' ? args.approvals : {}
  ) as Record<string, unknown>
  return Object.fromEntries(
    locales.map((locale) => {
      const text = texts[locale]
      const hasText = typeof text === 'string' ? text.trim() !== '' : Boolean(text)
      return [
        locale,
        localeState({ locale, hasText, approval: approvals[locale], times: args.times }),
      ]
    }),
  ) as Record<Locale, WorkflowState>
}

/** The locales whose own text visitors get (English always); the others fall back to English. */
export function servedLocales(states: Record<Locale, WorkflowState>): Locale[] {
  return locales.filter((locale) => servedStates.includes(states[locale]))
}
