import type { Payload } from 'payload'

const DAY = 24 * 60 * 60 * 1000

/** Deletes contact submissions received more than `days` ago; returns how many went. */
export async function deleteExpiredSubmissions(
  payload: Payload,
  days: number,
  now = Date.now(),
): Promise<number> {
  const cutoff = new Date(now - days * DAY).toISOString()
  const { docs } = await payload.delete({
    collection: 'form-submissions',
    where: { createdAt: { less_than: cutoff } },
    overrideAccess: true,
  })
  return docs.length
}
