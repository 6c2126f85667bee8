import type { CollectionBeforeValidateHook } from 'payload'

/**
 * Accounts are shown by name (as assignees and authors): an account saved without one is named
 * by its email address, until an admin or its owner gives it a name.
 */
export const nameOrEmail: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const name = 'name' in data ? data.name : originalDoc?.name
  if (typeof name === 'string' && name.trim()) return data
  const email = data.email ?? originalDoc?.email
  return typeof email === 'string' ? { ...data, name: email } : data
}
