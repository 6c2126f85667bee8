import type { Endpoint } from 'payload'

/** Liveness for load balancers: the process is up and serving. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } }),
}

/** Readiness: the database answers a query. */
export const ready: Endpoint = {
  path: '/ready',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.count({ collection: 'institutions', overrideAccess: true })
      return Response.json({ status: 'ready' }, { headers: { 'Cache-Control': 'no-store' } })
    } catch {
      return Response.json(
        { status: 'unavailable' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
