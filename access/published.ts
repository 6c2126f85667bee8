import type { Access } from 'payload'

import { userHasRole } from './roles'

/**
 * Editors, admins and translators see drafts; everyone else (visitors, reviewers) only published documents.
 * Returning a query lets Payload filter lists instead of refusing them.
 */
export const publishedOrEditor: Access = ({ req }) =>
  userHasRole(req.user, 'admin', 'editor', 'translator') || { _status: { equals: 'published' } }
