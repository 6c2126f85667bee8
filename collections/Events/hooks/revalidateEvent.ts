import { revalidateByTags } from '../../../hooks/revalidateByTags'
import { eventTags } from '../../../lib/cacheTags'

type EventState = { _status?: string | null } | null

/**
 * What a change to one event makes stale: its pages under every slug it had or has, and, when
 * it was or is published, every list (the lists show its title, dates and place). Other events'
 * pages stay cached.
 */
export function eventTagsFor(before: EventState, after: EventState, slugs: string[]): string[] {
  const tags = new Set(slugs.filter(Boolean).map(eventTags.slug))
  if (before?._status === 'published' || after?._status === 'published') tags.add(eventTags.lists)
  return [...tags]
}

export const eventRevalidation = revalidateByTags<EventState>({
  collection: 'events',
  stateOf: (row) => ({ _status: row._status as string | null }),
  tagsFor: (_req, before, after, slugs) => eventTagsFor(before, after, slugs),
})
