import type { CollectionConfig, Condition, DateField } from 'payload'

import { translatableDraftAccess } from '../../access/content'
import { slugField } from '../../fields/slug'
import { updatedByField } from '../../fields/updatedBy'
import { validateWebsite } from '../../fields/website'
import { revalidateAfterDelete, revalidateCollection } from '../../hooks/revalidate'
import { locales } from '../../i18n/locales'
import { adminPreview } from '../../lib/preview'
import { withTranslationWorkflow } from '../../lib/translation/workflow'
import { MAX_VERSIONS_PER_DOCUMENT } from '../../lib/versions'
import { eventTimeZones } from '../Events/options'
import { queueExpiry } from '../Events/hooks/queueExpiry'
import { callAudiences, eqfLevels, isCall, opportunityKinds, studyModes } from './options'
import { endsAfterStart, modeForOffers, validateCredits } from './validate'

const forCalls: Condition = (_, sibling) => isCall(sibling?.kind)
const forOffers: Condition = (_, sibling) => Boolean(sibling?.kind) && !isCall(sibling?.kind)

const day = (name: string): DateField => ({
  name,
  type: 'date',
  admin: { date: { pickerAppearance: 'dayOnly' }, condition: forOffers },
})

/**
 * Calls and learning offers in one collection, told apart by `kind`: visitors find both in one
 * catalogue sorted by the nearest deadline, with the same filters, the same deadline job and the
 * same archive; the fields that only one of them has are shown for it alone (docs/opportunities.md).
 */
export const Opportunities: CollectionConfig<'opportunities'> = withTranslationWorkflow({
  slug: 'opportunities',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'applicationDeadline', '_status', 'translationTimes'],
    group: 'News',
    ...adminPreview('opportunities'),
  },
  defaultSort: 'applicationDeadline',
  access: translatableDraftAccess,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: MAX_VERSIONS_PER_DOCUMENT,
  },
  hooks: {
    // The deadline takes an offer off the open list: a job refreshes the lists then.
    afterChange: [revalidateCollection(), queueExpiry('applicationDeadline')],
    afterDelete: [revalidateAfterDelete()],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'kind', type: 'select', required: true, options: [...opportunityKinds], index: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    { name: 'flagship', type: 'relationship', relationTo: 'flagships' },
    { name: 'members', type: 'relationship', relationTo: 'institutions', hasMany: true },
    {
      name: 'applicationDeadline',
      type: 'date',
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      timezone: { supportedTimezones: eventTimeZones, defaultTimezone: 'Europe/Brussels' },
    },
    // A call's own facts.
    {
      name: 'callFor',
      type: 'select',
      hasMany: true,
      options: [...callAudiences],
      admin: { condition: forCalls },
    },
    { name: 'eligibility', type: 'textarea', localized: true, admin: { condition: forCalls } },
    {
      name: 'documents',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { condition: forCalls },
    },
    // A learning offer's own facts.
    {
      type: 'row',
      fields: [
        {
          name: 'studyMode',
          type: 'select',
          options: [...studyModes],
          validate: modeForOffers,
          admin: { condition: forOffers },
        },
        {
          name: 'eqfLevel',
          type: 'select',
          options: [...eqfLevels],
          admin: { condition: forOffers },
        },
        {
          name: 'ects',
          type: 'number',
          validate: validateCredits,
          admin: { step: 0.5, condition: forOffers },
        },
      ],
    },
    {
      name: 'instructionLanguages',
      type: 'select',
      hasMany: true,
      options: [...locales],
      admin: { condition: forOffers },
    },
    { type: 'row', fields: [day('startsOn'), { ...day('endsOn'), validate: endsAfterStart }] },
    {
      type: 'row',
      fields: [
        { name: 'fee', type: 'number', min: 0, max: 100000 },
        { name: 'feeNote', type: 'text', localized: true, maxLength: 200 },
      ],
    },
    // How to apply, for both.
    { name: 'howToApply', type: 'textarea', localized: true, maxLength: 2000 },
    {
      name: 'applicationUrl',
      type: 'text',
      validate: (value: unknown) => validateWebsite(value),
    },
    slugField('title', { localized: true }),
    updatedByField,
  ],
})
