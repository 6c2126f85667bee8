import type { CollectionConfig } from 'payload'

import { draftableContentAccess } from '../../access/content'
import { slugField } from '../../fields/slug'
import { translationTimesField } from '../../fields/translationTimes'
import { updatedByField } from '../../fields/updatedBy'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'
import { adminPreview } from '../../lib/preview'

export const PressReleases: CollectionConfig<'press-releases'> = {
  slug: 'press-releases',
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'publishedAt',
      'dateConfirmed',
      '_status',
      'translationTimes',
      'updatedAt',
    ],
    group: 'News',
    ...adminPreview('press-releases'),
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
      type: 'upload',
      relationTo: 'media',
      localized: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { like: 'image/' } },
    },
    slugField('title', { localized: true }),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    // A date nobody has checked is no fact: until an editor ticks this, visitors see no date
    // (pages, lists, feed) and the admin shows the release as unconfirmed.
    {
      name: 'dateConfirmed',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        components: { Cell: '/components/admin/EditorChecks#DateConfirmedCell' },
      },
    },
    {
      type: 'ui',
      name: 'editorChecks',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/EditorChecks#PressReleaseChecks' },
      },
    },
    translationTimesField(['title', 'summary', 'body']),
    updatedByField,
  ],
}
