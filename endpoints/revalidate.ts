import type { Endpoint } from 'payload'
import { z } from 'zod'

import { expireTags, isRevalidationToken } from '../lib/revalidate'

const body = z.object({
  slugs: z
    .array(z.string().regex(/^[a-z-]{1,40}$/))
    .min(1)
    .max(20),
})

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
    expireTags(parsed.data.slugs)
    return new Response(null, { status: 204 })
  },
}
