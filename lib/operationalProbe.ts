import type { Payload, Where } from 'payload'

import { offerProbe } from './metrics.mjs'

const QUEUES = ['default', 'maintenance']

/**
 * What /api/metrics asks the database at each scrape: whether it answers (as /api/ready does)
 * and, per job queue, the jobs waiting or running and those that failed for good. Left on
 * globalThis for the server (lib/metrics.mjs) once Payload has started.
 */
export function offerOperationalProbe(payload: Payload): void {
  const count = async (where: Where) =>
    (await payload.count({ collection: 'payload-jobs', where, overrideAccess: true })).totalDocs
  offerProbe(async () => {
    try {
      await payload.count({ collection: 'institutions', overrideAccess: true })
    } catch {
      return { ready: false, jobs: [] }
    }
    const jobs = await Promise.all(
      QUEUES.map(async (queue) => ({
        queue,
        queued: await count({
          queue: { equals: queue },
          completedAt: { exists: false },
          hasError: { not_equals: true },
        }),
        failed: await count({ queue: { equals: queue }, hasError: { equals: true } }),
      })),
    )
    return { ready: true, jobs }
  })
}
