import type { CollectionAfterChangeHook } from 'payload'

import { mailIsConfigured } from '../../../lib/email'

/** Queues the staff notification once the submission is stored; sending happens in a job. */
export const queueNotification: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !mailIsConfigured()) return doc
  await req.payload.jobs.queue({
    task: 'notifySubmission',
    input: { submission: String(doc.id) },
    req,
  })
  return doc
}
