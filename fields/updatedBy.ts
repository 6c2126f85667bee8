import type { Field } from 'payload'

import { userHasRole } from '../access/roles'

/**
 * Who saved last. Every version keeps it, so the version history shows who changed what and when.
 * Set by the server from the signed-in user; staff only (visitors never see account ids).
 */
export const updatedByField: Field = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  admin: { position: 'sidebar', readOnly: true },
  access: {
    read: ({ req }) => userHasRole(req.user, 'admin', 'editor', 'reviewer'),
    create: () => false,
    update: () => false,
  },
  hooks: {
    beforeChange: [
      ({ req, originalDoc }) =>
        req.user?.collection === 'users' ? req.user.id : originalDoc?.updatedBy,
    ],
  },
}
