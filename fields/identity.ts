import type { Field } from 'payload'

/**
 * Who is named on the legal notice (publisher) or the privacy policy (data controller). Names and
 * addresses are localized where a language writes them differently (a country's name); the
 * contact channels are not. Nothing is seeded: the alliance has to supply them, and until it
 * has, the pages say so and the admin warns (components/admin/EditorChecks.tsx).
 */
export const identityGroup = (name: 'publisher' | 'controller', extra: Field[] = []): Field => ({
  name,
  type: 'group',
  fields: [
    { name: 'legalName', type: 'text', localized: true, maxLength: 300 },
    { name: 'address', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'email', type: 'email' },
    { name: 'phone', type: 'text', maxLength: 50 },
    ...extra,
  ],
})

/** The entries a page cannot do without; the rest are shown when filled. */
export const requiredIdentityFields = ['legalName', 'address', 'email'] as const
