import type { Payload } from 'payload'

/**
 * Checks that saving a published event or offer queued the list refresh for its moment (an event's
 * end, an offer's deadline), and that a job run before that moment leaves it waiting.
 */
export async function expectWaitingRefresh(payload: Payload, collection: string, at: unknown) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'expireAtDeadline' } },
    sort: '-createdAt',
    limit: 1,
  })
  expect(docs[0]?.input).toEqual({ collection })
  expect(docs[0]?.waitUntil).toBe(at)
  await payload.jobs.run()
  const waiting = await payload.findByID({ collection: 'payload-jobs', id: docs[0].id })
  expect(waiting.completedAt).toBeFalsy()
}
