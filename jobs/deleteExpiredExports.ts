import type { TaskConfig } from 'payload'

import { getEnv } from '../lib/env'
import { deleteExpiredExports } from '../lib/exports/retention'

/** Export files hold visitors' messages: they live EXPORT_RETENTION_HOURS, not as long as those. */
export const DeleteExpiredExports: TaskConfig<'deleteExpiredExports'> = {
  slug: 'deleteExpiredExports',
  schedule: [{ cron: '*/15 * * * *', queue: 'maintenance' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => {
    const deleted = await deleteExpiredExports(req.payload, getEnv().exportRetentionHours)
    req.payload.logger.info(`Retention: deleted ${deleted} submission exports`)
    return { output: { deleted } }
  },
}
