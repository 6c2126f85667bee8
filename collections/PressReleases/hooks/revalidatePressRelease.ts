import { revalidateByTags } from '../../../hooks/revalidateByTags'
import { pressTagsFor, type ReleaseState } from './pressTagsFor'

/**
 * A publish, unpublish or edit expires only what it changes (pressTagsFor), so a new release
 * does not send ten years of release pages back to be rendered.
 */
export const pressReleaseRevalidation = revalidateByTags<ReleaseState>({
  collection: 'press-releases',
  stateOf: (row) => ({
    id: row.id as number | string,
    _status: row._status as string | null,
    publishedAt: row.publishedAt as string | null,
    createdAt: row.createdAt as string | null,
  }),
  tagsFor: pressTagsFor,
})
