import type { GlobalConfig } from 'payload'

import { withGlobalTranslationWorkflow } from '../lib/translation/workflow'

import { anyone, isEditor } from '../access/roles'
import { countryOptions } from '../fields/countries'
import { revalidateGlobal } from '../hooks/revalidate'

const titledTexts = (name: string) => ({
  name,
  type: 'array' as const,
  fields: [
    { name: 'title', type: 'text' as const, localized: true, required: true },
    { name: 'body', type: 'textarea' as const, localized: true, required: true },
  ],
})

/** The home page's own sections; flagships, members and news come from their collections. */
export const Home: GlobalConfig<'home'> = withGlobalTranslationWorkflow({
  slug: 'home',
  access: { read: anyone, update: isEditor },
  admin: { group: 'Content' },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'hero',
      type: 'group',
      fields: [
        { name: 'title', type: 'text', localized: true, required: true },
        { name: 'missionLine', type: 'textarea', localized: true, required: true },
      ],
    },
    {
      // Numbers, the same in every language; the site formats them per locale.
      name: 'figures',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'institutions', type: 'number', min: 0 },
            { name: 'students', type: 'number', min: 0 },
            { name: 'staff', type: 'number', min: 0 },
            { name: 'campuses', type: 'number', min: 0 },
          ],
        },
        { name: 'partnerCountries', type: 'select', hasMany: true, options: countryOptions },
      ],
    },
    {
      name: 'purpose',
      type: 'group',
      fields: [
        {
          name: 'paragraphs',
          type: 'array',
          fields: [{ name: 'text', type: 'textarea', localized: true, required: true }],
        },
        { name: 'focusIntro', type: 'text', localized: true },
        {
          name: 'focus',
          type: 'array',
          fields: [{ name: 'text', type: 'text', localized: true, required: true }],
        },
        titledTexts('goals'),
      ],
    },
    {
      name: 'actions',
      type: 'group',
      fields: [{ name: 'intro', type: 'textarea', localized: true }],
    },
    {
      name: 'approach',
      type: 'group',
      fields: [{ name: 'intro', type: 'textarea', localized: true }],
    },
    {
      name: 'superpowers',
      type: 'group',
      fields: [{ name: 'intro', type: 'textarea', localized: true }, titledTexts('items')],
    },
    {
      name: 'partners',
      type: 'group',
      fields: [
        { name: 'intro', type: 'textarea', localized: true },
        { name: 'otherPartners', type: 'textarea', localized: true },
      ],
    },
  ],
}) as GlobalConfig<'home'>
