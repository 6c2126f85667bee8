import type { Payload } from 'payload'

const HOUR = 60 * 60 * 1000

/** Deletes export files made more than `hours` ago; returns how many went. */
export async function deleteExpiredExports(
  payload: Payload,
  hours: number,
  now = Date.now(),
): Promise<number> {
  const cutoff = new Date(now - hours * HOUR).toISOString()
  const { docs } = await payload.delete({
    collection: 'exports',
    where: { createdAt: { less_than: cutoff } },
    overrideAccess: true,
  })
  return docs.length
}

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
