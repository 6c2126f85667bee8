import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Payload's create-first-user screen runs without a signed-in user, so the roles field (writable
 * only by admins) would fall back to its default. The very first account must be able to manage
 * the others, so it always becomes an admin.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
