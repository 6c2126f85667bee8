import type { CollectionConfig } from 'payload'

import { withTranslationWorkflow } from '../../lib/translation/workflow'

import { translatableContentAccess } from '../../access/content'
import { countryOptions } from '../../fields/countries'
import { slugField } from '../../fields/slug'
import { websiteField } from '../../fields/website'
import { locationField } from './location'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'

/**
 * Only the English name, the country and the kind come with the seed: a member's city, website,
 * map position and texts are entered by editors once the member has confirmed them
 * (docs/content-sources.md), so each is optional and the pages leave out what is empty.
 */
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
    {
      type: 'ui',
      name: 'unfilledWarning',
      admin: { components: { Field: '/components/admin/EditorChecks#InstitutionChecks' } },
    },
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
        { name: 'city', type: 'text' },
      ],
    },
    websiteField(),
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'description', type: 'richText', localized: true },
    locationField,
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
})
