import type { CollectionConfig } from 'payload'

import { isAdmin, isReviewer } from '../../access/roles'
import { localeNames, locales } from '../../i18n/locales'
import { assigneeField } from './assignee'
import { eraseExports } from './hooks/eraseExports'
import { queueNotification } from './hooks/queueNotification'
import { submissionStatuses, submissionTopics } from './topics'
import { wellFormedText, wellFormedTextarea } from './wellFormedText'

/**
 * What visitors send through the contact form. Never public: only reviewers and admins read and
 * triage; the public form path validates and stores with the server's own rights.
 */
export const FormSubmissions: CollectionConfig<'form-submissions'> = {
  slug: 'form-submissions',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['status', 'topic', 'institution', 'name', 'assignee', 'locale', 'createdAt'],
    listSearchableFields: ['name', 'email', 'organisation', 'message'],
    group: 'Contact',
  },
  defaultSort: '-createdAt',
  hooks: { afterChange: [queueNotification], beforeDelete: [eraseExports] },
  // Reviewers erase on request (GDPR); creating is the public form's job, not an API's.
  access: { read: isReviewer, update: isReviewer, create: isAdmin, delete: isReviewer },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200, validate: wellFormedText },
        { name: 'email', type: 'email', required: true, index: true },
      ],
    },
    { name: 'organisation', type: 'text', maxLength: 200, validate: wellFormedText },
    {
      type: 'row',
      fields: [
        {
          name: 'topic',
          type: 'select',
          required: true,
          index: true,
          options: [...submissionTopics],
        },
        { name: 'institution', type: 'relationship', relationTo: 'institutions', index: true },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      validate: wellFormedTextarea,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'locale',
          type: 'select',
          required: true,
          options: locales.map((value) => ({ value, label: localeNames[value] })),
        },
        { name: 'consent', type: 'checkbox', required: true, defaultValue: false },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'new',
      options: [...submissionStatuses],
      admin: { position: 'sidebar' },
    },
    assigneeField,
    {
      name: 'internalNotes',
      type: 'textarea',
      admin: { position: 'sidebar' },
      validate: wellFormedTextarea,
    },
  ],
}
