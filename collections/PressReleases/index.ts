import type { CollectionConfig } from 'payload'

import { draftableContentAccess } from '../../access/content'
import { slugField } from '../../fields/slug'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'

export const PressReleases: CollectionConfig<'press-releases'> = {
  slug: 'press-releases',
  labels: { singular: 'Press release', plural: 'Press releases' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: 'News',
  },
  defaultSort: '-publishedAt',
  access: draftableContentAccess,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: { afterChange: [revalidateCollection()], afterDelete: [revalidateAfterDelete()] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'pdf',
      label: 'PDF of the press release',
      type: 'upload',
      relationTo: 'media',
      localized: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: 'Optional, one per language.' },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { like: 'image/' } },
    },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
