import type { TaskConfig } from 'payload'

import { revalidateContent } from '../lib/revalidate'

/**
 * Lists that depend on the clock (upcoming events, open calls) change when an event ends or a
 * deadline passes, with nobody publishing. Each published date queues this task to run then
 * (`waitUntil`); it expires the collection's pages so the next visitor sees the moved item.
 */
export const ExpireAtDeadline: TaskConfig<'expireAtDeadline'> = {
  slug: 'expireAtDeadline',
  inputSchema: [{ name: 'collection', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    await revalidateContent(req, input.collection)
    return { output: {} }
  },
}
