import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/self'
import { isAdmin, isAdminField, roles } from '../../access/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
    group: 'Administration',
  },
  auth: true,
  access: {
    // Staff accounts are never public: anonymous reads get nothing.
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean((req.user as { roles?: string[] } | null)?.roles?.length),
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: [...roles],
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
