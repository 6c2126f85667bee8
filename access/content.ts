import type { CollectionConfig } from 'payload'

import { editorOrTranslator, editorOrTranslatorInLocale } from '../lib/translation/access'
import { publishedOrEditor } from './published'
import { anyone, isEditor } from './roles'

/** Public content without drafts: everyone reads, editors and admins write. */
export const publicContentAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}

/** Content with drafts: visitors and reviewers read only what is published, versions included. */
export const draftableContentAccess: CollectionConfig['access'] = {
  ...publicContentAccess,
  read: publishedOrEditor,
  readVersions: isEditor,
}

/**
 * Translatable content: translators also update, in their own languages only (req.locale), and
 * never create or delete. Which fields they may write: guardNonLocalized (lib/translation/access).
 */
export const translatableContentAccess: CollectionConfig['access'] = {
  ...publicContentAccess,
  update: editorOrTranslatorInLocale,
}

/** Translatable content with drafts: translators also read drafts and versions, their material. */
export const translatableDraftAccess: CollectionConfig['access'] = {
  ...translatableContentAccess,
  read: publishedOrEditor,
  readVersions: editorOrTranslator,
}
