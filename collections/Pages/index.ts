import type { CollectionConfig } from 'payload'

import { draftableContentAccess } from '../../access/content'
import { slugField } from '../../fields/slug'
import { translationTimesField } from '../../fields/translationTimes'
import { updatedByField } from '../../fields/updatedBy'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'
import { adminPreview } from '../../lib/preview'
import { MAX_VERSIONS_PER_DOCUMENT } from '../../lib/versions'

/** Free pages: mission statement, approach, privacy, accessibility statement, legal notice. */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'translationTimes', 'updatedAt'],
    group: 'Content',
    ...adminPreview('pages'),
  },
  access: draftableContentAccess,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: MAX_VERSIONS_PER_DOCUMENT,
  },
  hooks: { afterChange: [revalidateCollection()], afterDelete: [revalidateAfterDelete()] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'intro', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    slugField('title', { localized: true }),
    translationTimesField(['title', 'intro', 'body']),
    updatedByField,
  ],
}
