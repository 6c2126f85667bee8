import type { CollectionConfig } from 'payload'

import { isEditor, writesText } from '../../access/roles'
import { localeNames, locales } from '../../i18n/locales'
import { oneEntryPerLanguage, variantsSparePreferred } from './validate'

/**
 * The term base: per language, the preferred word for one of the alliance's key concepts and the
 * variants to avoid. Editors keep it; saves of translatable text are checked against it
 * (components/admin/TermWarnings.client.tsx) and XLIFF exports carry it (lib/xliff).
 */
export const Terms: CollectionConfig<'terms'> = {
  slug: 'terms',
  admin: {
    useAsTitle: 'preferred',
    defaultColumns: ['concept', 'language', 'preferred', 'forbidden'],
    group: 'Content',
    listSearchableFields: ['concept', 'preferred'],
  },
  defaultSort: 'concept',
  // Internal working material: staff who write or translate read it; nobody else.
  access: { read: writesText, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      type: 'row',
      fields: [
        // The concept in English, the same for every language's entry: how entries are grouped.
        { name: 'concept', type: 'text', required: true, index: true, maxLength: 100 },
        {
          name: 'language',
          type: 'select',
          required: true,
          index: true,
          options: locales.map((code) => ({ value: code, label: localeNames[code] })),
          validate: oneEntryPerLanguage,
        },
      ],
    },
    { name: 'preferred', type: 'text', required: true, maxLength: 100 },
    {
      name: 'forbidden',
      type: 'text',
      hasMany: true,
      maxLength: 100,
      validate: variantsSparePreferred,
    },
    { name: 'note', type: 'textarea', maxLength: 1000 },
  ],
}
