import {
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
  Forbidden,
  type GlobalConfig,
} from 'payload'

import { translationTimesField } from '../../fields/translationTimes'
import { defaultLocale, isLocale } from '../../i18n/locales'
import { publishLocale } from './approve'
import { guardNonLocalized, isTranslatorOnly, mayEditLocale } from './access'
import { APPROVE_CONTEXT, translationApprovalField } from './field'
import {
  type TranslatableCollection,
  type TranslatableGlobal,
  translatableCollections,
  translatableGlobals,
} from './targets'

/**
 * A translator saves drafts; what reaches visitors is decided by approving (./approve.ts), which
 * publishes their language alone. A plain publish by a translator would publish the editors'
 * English draft and every other language's draft with it, so it is refused.
 */
const translatorsSaveDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || !isTranslatorOnly(req.user)) return args
  if (args.draft || req.context?.[APPROVE_CONTEXT]) return args
  throw new Forbidden(req.t)
}

/** The sidebar's approval box (components/admin/ApproveTranslation.tsx). */
const approveBox: Field = {
  name: 'approveTranslation',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/admin/ApproveTranslation#ApproveTranslation' },
  },
}

const PUBLISH_LOCALE = 'translationPublishLocale'

/**
 * Publishing one language (Payload's scheduled "publish in <language>", or any caller passing
 * `publishSpecificLocale`) goes through our own merge (./approve.ts publishLocale): Payload 3.90's
 * own path without `localizeStatus` loses the other languages (docs/translation.md). The save
 * becomes a draft save of that language that approves it; afterOperation then publishes it.
 */
const publishOneLanguage: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const locale = (args as { publishSpecificLocale?: string }).publishSpecificLocale
  if (operation !== 'update' || !isLocale(locale) || locale === defaultLocale) return args
  req.locale = locale
  req.context = { ...req.context, [APPROVE_CONTEXT]: locale, [PUBLISH_LOCALE]: locale }
  const data = { ...((args.data ?? {}) as Record<string, unknown>) }
  delete data._status
  return { ...args, data, draft: true, publishSpecificLocale: undefined }
}

const publishAfterwards: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  const locale = req.context?.[PUBLISH_LOCALE]
  const id = (args as { id?: number | string }).id ?? (result as { id?: number | string })?.id
  if (operation !== 'updateByID' || !isLocale(locale) || id === undefined) return result
  const slug = args.collection.config.slug as TranslatableCollection
  await publishLocale(req.payload, slug, id, locale, req)
  return result
}

const withTimes = (fields: CollectionConfig['fields'], tracked: string[]) =>
  fields.some((f) => 'name' in f && f.name === 'translationTimes')
    ? fields
    : [...fields, translationTimesField(tracked)]

/**
 * Adds the translation workflow to a translatable collection: per-locale approval, change times
 * (for "outdated"), non-localized fields closed to translators, and for collections with drafts the
 * rule that translators save drafts. Access itself: access/content.ts (translatable*Access).
 */
export function withTranslationWorkflow<S extends TranslatableCollection>(
  config: CollectionConfig<S>,
): CollectionConfig<S> {
  const { tracked, drafts } = translatableCollections[config.slug as TranslatableCollection]
  return {
    ...config,
    hooks: {
      ...config.hooks,
      beforeOperation: [
        ...(config.hooks?.beforeOperation ?? []),
        ...(drafts
          ? [publishOneLanguage, translatorsSaveDrafts].map(
              (hook) => hook as unknown as CollectionBeforeOperationHook<S>,
            )
          : []),
      ],
      afterOperation: [
        ...(config.hooks?.afterOperation ?? []),
        ...(drafts ? [publishAfterwards as unknown as CollectionAfterOperationHook<S>] : []),
      ],
    },
    fields: [
      ...guardNonLocalized(withTimes(config.fields, tracked)),
      translationApprovalField(tracked),
      approveBox,
    ],
  }
}

/** The same for a translatable global (no drafts: a translator's text waits for approval). */
export function withGlobalTranslationWorkflow(config: GlobalConfig): GlobalConfig {
  const { tracked } = translatableGlobals[config.slug as TranslatableGlobal]
  return {
    ...config,
    access: { ...config.access, update: ({ req }) => mayEditLocale(req.user, req.locale) },
    fields: [
      ...guardNonLocalized(withTimes(config.fields, tracked)),
      translationApprovalField(tracked),
      approveBox,
    ],
  }
}
