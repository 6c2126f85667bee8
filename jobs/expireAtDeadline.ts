import type { TaskConfig } from 'payload'

import { eventTags } from '../lib/cacheTags'
import { revalidateContent, revalidateTags } from '../lib/revalidate'

/**
 * Lists that depend on the clock (upcoming events, open calls) change when an event ends or a
 * deadline passes, with nobody publishing. Each published date queues this task to run then
 * (`waitUntil`); it expires the collection's lists so the next visitor sees the moved item.
 * Events' lists carry their own tag (lib/cacheTags.ts); other collections' reads their collection's.
 */
export const ExpireAtDeadline: TaskConfig<'expireAtDeadline'> = {
  slug: 'expireAtDeadline',
  inputSchema: [{ name: 'collection', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    if (input.collection === 'events') await revalidateTags(req, [eventTags.lists])
    else await revalidateContent(req, input.collection)
    return { output: {} }
  },
}
