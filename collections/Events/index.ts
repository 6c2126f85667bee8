import type { CollectionConfig, DateField } from 'payload'

import { translatableDraftAccess } from '../../access/content'
import { slugField } from '../../fields/slug'
import { updatedByField } from '../../fields/updatedBy'
import { validateWebsite } from '../../fields/website'
import { locales } from '../../i18n/locales'
import { withTranslationWorkflow } from '../../lib/translation/workflow'
import { queueExpiry } from './hooks/queueExpiry'
import { eventRevalidation } from './hooks/revalidateEvent'
import { eventAudiences, eventFormats, eventTimeZones } from './options'

/** A moment entered in the event's own time zone (stored as an instant, the zone beside it). */
const moment = (name: string, required: boolean): DateField => ({
  name,
  type: 'date',
  required,
  index: required,
  admin: { date: { pickerAppearance: 'dayAndTime' } },
  timezone: { required, supportedTimezones: eventTimeZones, defaultTimezone: 'Europe/Brussels' },
})

const endsAfterStart: DateField['validate'] = (value, { siblingData }) => {
  const start = (siblingData as { startsAt?: string }).startsAt
  if (!value) return 'Enter when the event ends.'
  return !start || new Date(value).getTime() >= new Date(start).getTime()
    ? true
    : 'The event cannot end before it starts.'
}

export const Events: CollectionConfig<'events'> = withTranslationWorkflow({
  slug: 'events',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'format', '_status', 'translationTimes'],
    group: 'News',
  },
  defaultSort: 'startsAt',
  access: translatableDraftAccess,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    ...eventRevalidation,
    afterChange: [...eventRevalidation.afterChange, queueExpiry('endsAt')],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [moment('startsAt', true), { ...moment('endsAt', true), validate: endsAfterStart }],
    },
    { name: 'format', type: 'select', required: true, options: [...eventFormats], index: true },
    {
      name: 'venueInstitution',
      type: 'relationship',
      relationTo: 'institutions',
      admin: { condition: (_, sibling) => sibling?.format !== 'online' },
    },
    {
      name: 'venue',
      type: 'text',
      localized: true,
      maxLength: 300,
      admin: { condition: (_, sibling) => sibling?.format !== 'online' },
    },
    {
      name: 'location',
      type: 'group',
      admin: { condition: (_, sibling) => sibling?.format !== 'online' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', min: -90, max: 90 },
            { name: 'lng', type: 'number', min: -180, max: 180 },
          ],
        },
      ],
    },
    { name: 'organisers', type: 'relationship', relationTo: 'institutions', hasMany: true },
    { name: 'flagship', type: 'relationship', relationTo: 'flagships' },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      options: [...eventAudiences],
    },
    {
      name: 'eventLanguages',
      type: 'select',
      hasMany: true,
      options: [...locales],
    },
    {
      name: 'registrationUrl',
      type: 'text',
      validate: (value: unknown) => validateWebsite(value),
    },
    moment('registrationDeadline', false),
    slugField('title', { localized: true }),
    updatedByField,
  ],
})
