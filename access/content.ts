import type { CollectionConfig } from 'payload'

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
