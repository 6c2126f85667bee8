import type { Endpoint } from 'payload'
import { z } from 'zod'

import { TAG_PATTERN, tagFor } from '../lib/cacheTags'
import { expireTags, isRevalidationToken } from '../lib/revalidate'

// `slugs` (a collection or global each) is what processes running older code send.
const body = z.union([
  z.object({ tags: z.array(z.string().regex(TAG_PATTERN)).min(1).max(100) }),
  z.object({
    slugs: z
      .array(z.string().regex(/^[a-z-]{1,40}$/))
      .min(1)
      .max(20),
  }),
])

/** Lets another process holding the app's secret (a script, a job runner) expire cached pages. */
export const revalidate: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    if (!isRevalidationToken(req.headers.get('x-revalidate-token'))) {
      return Response.json({ error: 'Unauthorized' }, { status: 401 })
    }
    const parsed = body.safeParse(await req.json?.().catch(() => undefined))
    if (!parsed.success) return Response.json({ error: 'Invalid body' }, { status: 400 })
    expireTags('tags' in parsed.data ? parsed.data.tags : parsed.data.slugs.map(tagFor))
    return new Response(null, { status: 204 })
  },
}
