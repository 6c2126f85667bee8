/**
 * The translation workflow: translators per language, approval per language, outdated
 * translations. See docs/translation.md. Server code imports from here.
 */
export { approve, markAwaitingApproval, status, type TranslationTarget } from './approve'
export { mayEditLocale, translatorLanguages, isTranslatorOnly } from './access'
export { awaitingApproval } from './field'
export { statesOf, workflowSelect } from './status'
export {
  type Approval,
  documentStates,
  servedLocales,
  servedStates,
  waitingStates,
  type WorkflowState,
} from './state'
export { translatableCollections, translatableGlobals } from './targets'
