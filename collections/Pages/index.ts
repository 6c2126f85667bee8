import type { CollectionConfig } from 'payload'

import { withTranslationWorkflow } from '../../lib/translation/workflow'

import { translatableDraftAccess } from '../../access/content'
import { slugField } from '../../fields/slug'
import { translationTimesField } from '../../fields/translationTimes'
import { createdByField } from '../../fields/createdBy'
import { updatedByField } from '../../fields/updatedBy'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'
import { adminPreview } from '../../lib/preview'
import { MAX_VERSIONS_PER_DOCUMENT } from '../../lib/versions'

/** Free pages: mission statement, approach, privacy, accessibility statement, legal notice. */
export const Pages: CollectionConfig<'pages'> = withTranslationWorkflow({
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'createdBy', 'translationTimes', 'updatedAt'],
    group: 'Content',
    ...adminPreview('pages'),
  },
  access: translatableDraftAccess,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: MAX_VERSIONS_PER_DOCUMENT,
  },
  hooks: { afterChange: [revalidateCollection()], afterDelete: [revalidateAfterDelete()] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'intro', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    // The legal notice and the privacy policy show who publishes the site and who controls the
    // data: the Site settings' entries, so they are kept in one place.
    {
      name: 'shows',
      type: 'select',
      options: ['publisher', 'controller'],
      admin: { position: 'sidebar' },
    },
    slugField('title', { localized: true }),
    translationTimesField(['title', 'intro', 'body']),
    createdByField,
    updatedByField,
  ],
})
