import type { Locale } from '../../i18n/locales'
import type { TranslationTimes } from '../translationStatus'
import { documentStates, type WorkflowState } from './state'
import {
  isTranslatableCollection,
  translatableCollections,
  translatableGlobals,
  type TranslatableGlobal,
  valueAt,
} from './targets'

/** The fields a read with `locale: 'all'` must select for statesOf(). */
export function workflowSelect(slug: string): Record<string, true> {
  const probe = isTranslatableCollection(slug)
    ? translatableCollections[slug].probe
    : translatableGlobals[slug as TranslatableGlobal].probe
  return { [probe.split('.')[0]!]: true, translationTimes: true, translationApproval: true }
}

/**
 * Each language's state of a translatable document or global read with `locale: 'all'`: the
 * workflow's (`forVisitors` false), or what visitors get (a re-edit awaiting approval that keeps
 * its approved text counts as that text's state).
 */
export function statesOf(
  slug: string,
  doc: unknown,
  forVisitors = false,
): Record<Locale, WorkflowState> {
  const probe = isTranslatableCollection(slug)
    ? translatableCollections[slug].probe
    : translatableGlobals[slug as TranslatableGlobal].probe
  const record = (doc ?? {}) as Record<string, unknown>
  return documentStates({
    texts: valueAt(record, probe),
    approvals: record.translationApproval,
    times: record.translationTimes as TranslationTimes | undefined,
    forVisitors,
  })
}

/** What visitors get in each language (see statesOf). */
export const visitorStatesOf = (slug: string, doc: unknown) => statesOf(slug, doc, true)
