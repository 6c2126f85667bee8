import type { Payload } from 'payload'

const HOUR = 60 * 60 * 1000
/** Collections whose "Create New" stores an autosaved draft at once (Payload's autosave). */
export const draftCollections = ['press-releases', 'pages'] as const

const blank = (value: unknown): boolean => {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value === 'object') return Object.values(value).every(blank)
  return false
}

/**
 * Deletes the drafts someone opened with "Create New" and left without writing a title in any
 * language, never published and untouched for `hours`: Payload's autosave stores a document the
 * moment the form opens, and these piled up as "<No Title>". Returns how many went.
 */
export async function deleteEmptyDrafts(payload: Payload, hours: number, now = Date.now()) {
  let deleted = 0
  for (const collection of draftCollections) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      limit: 500,
      pagination: false,
      overrideAccess: true,
      select: { title: true },
      where: {
        and: [
          { _status: { equals: 'draft' } },
          { updatedAt: { less_than: new Date(now - hours * HOUR).toISOString() } },
        ],
      },
    })
    const empty = docs.filter((doc) => blank((doc as { title?: unknown }).title)).map((d) => d.id)
    if (!empty.length) continue
    // Published documents keep `_status: published` on the document itself: never touched here.
    const result = await payload.delete({
      collection,
      where: { and: [{ id: { in: empty } }, { _status: { equals: 'draft' } }] },
      overrideAccess: true,
    })
    deleted += result.docs.length
  }
  return deleted
}
