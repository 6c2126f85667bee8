import type { CollectionConfig } from 'payload'

import { withTranslationWorkflow } from '../../lib/translation/workflow'

import { translatableContentAccess } from '../../access/content'
import { countryOptions } from '../../fields/countries'
import { slugField } from '../../fields/slug'
import { websiteField } from '../../fields/website'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'

export const partnerKinds = ['associated-hei', 'advisory-network', 'other'] as const

export const Partners: CollectionConfig<'partners'> = withTranslationWorkflow({
  slug: 'partners',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'country', 'website'],
    group: 'Alliance',
  },
  defaultSort: 'order',
  access: translatableContentAccess,
  hooks: { afterChange: [revalidateCollection()], afterDelete: [revalidateAfterDelete()] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: ['associated-hei', 'advisory-network', 'other'],
    },
    { name: 'country', type: 'select', options: countryOptions },
    websiteField(),
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
})
