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

/** Each language's state of a translatable document or global read with `locale: 'all'`. */
export function statesOf(slug: string, doc: unknown): Record<Locale, WorkflowState> {
  const probe = isTranslatableCollection(slug)
    ? translatableCollections[slug].probe
    : translatableGlobals[slug as TranslatableGlobal].probe
  const record = (doc ?? {}) as Record<string, unknown>
  return documentStates({
    texts: valueAt(record, probe),
    approvals: record.translationApproval,
    times: record.translationTimes as TranslationTimes | undefined,
  })
}
