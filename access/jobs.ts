import { timingSafeEqual } from 'node:crypto'

import type { Access, PayloadRequest } from 'payload'

import { getEnv } from '../lib/env'
import { userHasRole } from './roles'

/**
 * Who may trigger a run of the job queues over HTTP (/api/payload-jobs/run): a signed-in admin,
 * or the one outside scheduler holding CRON_SECRET when the app instances do not run jobs.
 */
export function mayRunJobs({ req }: { req: PayloadRequest }): boolean {
  if (userHasRole(req.user, 'admin')) return true
  const secret = getEnv().cronSecret
  const given = req.headers.get('authorization')?.replace(/^Bearer /, '')
  if (!secret || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The plugin's export and import tasks: their input holds a reviewer's filter on submissions. */
const dataTasks = ['createCollectionExport', 'createCollectionImport']

/** Editors see what is scheduled (publishing, notifications), not other staff's data jobs. */
export const readJobs: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin')) return true
  if (userHasRole(req.user, 'editor')) return { taskSlug: { not_in: dataTasks } }
  return false
}
