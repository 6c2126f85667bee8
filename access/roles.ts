import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'reviewer', 'translator'] as const
export type Role = (typeof roles)[number]

type WithUser = { req: Pick<PayloadRequest, 'user'> }

export function userHasRole(user: PayloadRequest['user'], ...wanted: Role[]): boolean {
  const own = (user as { roles?: Role[] | null } | null)?.roles ?? []
  return own.some((role) => wanted.includes(role))
}

/** Admins can do everything; each named role adds its own area on top. */
const allow =
  (...wanted: Role[]) =>
  ({ req }: WithUser): boolean =>
    userHasRole(req.user, 'admin', ...wanted)

export const anyone: Access = () => true
export const nobody: Access = () => false
export const isAdmin = allow()
export const isEditor = allow('editor')
export const isReviewer = allow('reviewer')
export const isStaff = allow('editor', 'reviewer')
/** Those who write or translate text: the term base is theirs to read. */
export const writesText = allow('editor', 'translator')

export const isAdminField: FieldAccess = ({ req }) => userHasRole(req.user, 'admin')

/** `admin.hidden` for technical collections (jobs, search index): admins' navigation only. */
export const shownToAdminsOnly = ({ user }: { user: PayloadRequest['user'] }): boolean =>
  !userHasRole(user, 'admin')
