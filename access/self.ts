import type { Access } from 'payload'

import { userHasRole } from './roles'

/** Admins manage every account; other staff only see and edit their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
