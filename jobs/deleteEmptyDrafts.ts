import type { TaskConfig } from 'payload'

import { deleteEmptyDrafts } from '../lib/emptyDrafts'

/** Abandoned "Create New" drafts (no title in any language) go after a day untouched. */
export const DeleteEmptyDrafts: TaskConfig<'deleteEmptyDrafts'> = {
  slug: 'deleteEmptyDrafts',
  schedule: [{ cron: '*/15 * * * *', queue: 'maintenance' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => {
    const deleted = await deleteEmptyDrafts(req.payload, 24)
    req.payload.logger.info(`Drafts: deleted ${deleted} empty drafts left untitled for a day`)
    return { output: { deleted } }
  },
}
