import type { Field } from 'payload'

import { userHasRole } from '../access/roles'

/**
 * Who created the document: set once by the server from the signed-in user, so the list names
 * the author of every draft. Staff only, like `updatedBy`.
 */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  admin: { position: 'sidebar', readOnly: true },
  access: {
    read: ({ req }) => userHasRole(req.user, 'admin', 'editor', 'reviewer'),
    create: () => false,
    update: () => false,
  },
  hooks: {
    beforeChange: [
      ({ req, operation, originalDoc }) =>
        operation === 'create' && req.user?.collection === 'users'
          ? req.user.id
          : originalDoc?.createdBy,
    ],
  },
}
