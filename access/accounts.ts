import type { Access } from 'payload'

import { userHasRole } from './roles'

/**
 * Whose accounts a user may read: admins every one; everyone their own; editors the editors' and
 * admins' (the authors named on content); reviewers the reviewers' (to assign a submission to a
 * colleague). Nobody else's: anonymous callers get nothing.
 */
export const canReadAccounts: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  const colleagues = [
    ...(userHasRole(req.user, 'editor') ? ['editor', 'admin'] : []),
    ...(userHasRole(req.user, 'reviewer') ? ['reviewer'] : []),
  ]
  const own = { id: { equals: req.user.id } }
  return colleagues.length ? { or: [own, { roles: { in: colleagues } }] } : own
}
