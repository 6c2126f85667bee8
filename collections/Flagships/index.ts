import type { CollectionConfig } from 'payload'

import { withTranslationWorkflow } from '../../lib/translation/workflow'

import { translatableContentAccess } from '../../access/content'
import { slugField } from '../../fields/slug'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'

export const Flagships: CollectionConfig<'flagships'> = withTranslationWorkflow({
  slug: 'flagships',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'tagline', 'order', 'updatedAt'],
    group: 'Alliance',
  },
  defaultSort: 'order',
  access: translatableContentAccess,
  hooks: { afterChange: [revalidateCollection()], afterDelete: [revalidateAfterDelete()] },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    { name: 'tagline', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
})
