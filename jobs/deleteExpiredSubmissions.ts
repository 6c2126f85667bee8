import type { TaskConfig } from 'payload'

import { deleteExpiredSubmissions } from '../lib/contact/retention'
import { getEnv } from '../lib/env'

/** GDPR: every night, contact messages older than SUBMISSION_RETENTION_DAYS are deleted. */
export const DeleteExpiredSubmissions: TaskConfig<'deleteExpiredSubmissions'> = {
  slug: 'deleteExpiredSubmissions',
  schedule: [{ cron: '30 3 * * *', queue: 'maintenance' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => {
    const deleted = await deleteExpiredSubmissions(req.payload, getEnv().submissionRetentionDays)
    req.payload.logger.info(`Retention: deleted ${deleted} contact submissions`)
    return { output: { deleted } }
  },
}
