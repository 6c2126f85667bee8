import type { Access } from 'payload'

import { userHasRole } from './roles'

/**
 * Editors and admins see drafts; everyone else (visitors, reviewers) only published documents.
 * Returning a query lets Payload filter lists instead of refusing them.
 */
export const publishedOrEditor: Access = ({ req }) =>
  userHasRole(req.user, 'admin', 'editor') || { _status: { equals: 'published' } }
