import type { CollectionSlug, Payload } from 'payload'

/** Deletes a collection's documents created more than `ms` before `now`; returns how many went. */
export async function deleteOlderThan(
  payload: Payload,
  collection: CollectionSlug,
  ms: number,
  now = Date.now(),
): Promise<number> {
  const { docs } = await payload.delete({
    collection,
    where: { createdAt: { less_than: new Date(now - ms).toISOString() } },
    overrideAccess: true,
  })
  return docs.length
}
