import type { CollectionBeforeDeleteHook } from 'payload'

import { deleteExportsHolding } from '../../../lib/exports/retention'

/**
 * Erasing a submission (a GDPR request, the retention job) erases every saved export file that
 * holds it, in the same transaction: otherwise an earlier CSV would still serve the person's rows.
 */
export const eraseExports: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await deleteExportsHolding(req.payload, [id], req)
}
