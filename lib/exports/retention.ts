import type { Payload } from 'payload'

import { deleteOlderThan } from '../retention'

const HOUR = 60 * 60 * 1000

/** Deletes export files made more than `hours` ago; returns how many went. */
export const deleteExpiredExports = (payload: Payload, hours: number, now = Date.now()) =>
  deleteOlderThan(payload, 'exports', hours * HOUR, now)

/** Erasure: deletes every export file that holds one of these submissions. */
export async function deleteExportsHolding(
  payload: Payload,
  submissions: (number | string)[],
  req?: Parameters<Payload['delete']>[0]['req'],
): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'exports',
    where: { submissions: { in: submissions } },
    overrideAccess: true,
    req,
  })
  return docs.length
}
