import type { CollectionConfig } from 'payload'

import { withTranslationWorkflow } from '../../lib/translation/workflow'

import { translatableContentAccess } from '../../access/content'
import { countryOptions } from '../../fields/countries'
import { slugField } from '../../fields/slug'
import { websiteField } from '../../fields/website'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'

export const Institutions: CollectionConfig<'institutions'> = withTranslationWorkflow({
  slug: 'institutions',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'country', 'city', 'order'],
    group: 'Alliance',
  },
  defaultSort: 'order',
  access: translatableContentAccess,
  hooks: { afterChange: [revalidateCollection()], afterDelete: [revalidateAfterDelete()] },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'officialName', type: 'text' },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: ['member', 'associated'],
      index: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'select', required: true, options: countryOptions },
        { name: 'city', type: 'text', required: true },
      ],
    },
    websiteField({ required: true }),
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 400 },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'location',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', required: true, min: 34, max: 72 },
            { name: 'lng', type: 'number', required: true, min: -25, max: 45 },
          ],
        },
      ],
    },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
})
