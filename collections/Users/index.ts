import type { CollectionConfig } from 'payload'

import { canReadAccounts } from '../../access/accounts'
import { adminOrSelf } from '../../access/self'
import { isAdmin, isAdminField, roles } from '../../access/roles'
import { defaultLocale, localeNames, locales } from '../../i18n/locales'
import { getEnv } from '../../lib/env'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { nameOrEmail } from './hooks/nameOrEmail'
import { passwordPolicy } from './hooks/passwordPolicy'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  admin: {
    // Named in pickers and on documents (assignee, author) by the person's name.
    useAsTitle: 'name',
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
    group: 'Administration',
  },
  auth: {
    // Five wrong passwords lock the account for ten minutes; sessions last a working day.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Secure wherever the portal is served over HTTPS (every real deployment).
    cookies: { sameSite: 'Lax', secure: getEnv().serverUrl.startsWith('https://') },
  },
  access: {
    // Staff accounts are never public: anonymous reads get nothing.
    read: canReadAccounts,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user lift a lockout by default; it guards against guessing.
    unlock: isAdmin,
    admin: ({ req }) => Boolean((req.user as { roles?: string[] } | null)?.roles?.length),
  },
  hooks: { beforeValidate: [passwordPolicy, nameOrEmail], beforeChange: [firstUserIsAdmin] },
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
    {
      // A translator's languages: what they may edit, approve and get the digest for. Admins set them.
      name: 'languages',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: locales
        .filter((locale) => locale !== defaultLocale)
        .map((locale) => ({ value: locale, label: localeNames[locale] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('translator'),
      },
    },
  ],
}
