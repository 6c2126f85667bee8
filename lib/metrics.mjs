// The portal's Prometheus metrics (prom-client), one registry per process on globalThis: the
// server (request counts and latency, the page cache) and the app bundled by Next (revalidations,
// contact messages, the database's readiness and the job queue) load this module as two copies
// and must count into the same registry. Served by the server at /api/metrics
// (scripts/serve/metrics.mjs).
import client from 'prom-client'

const KEY = Symbol.for('heroes.metrics')
const PROBE = Symbol.for('heroes.metricsProbe')

/**
 * @typedef {{ ready: boolean, jobs: { queue: string, queued: number, failed: number }[] }} Probe
 */

function createMetrics() {
  const registry = new client.Registry()
  const registers = [registry]
  // Process CPU, memory, heap, event-loop delay, GC: what an operator looks at first.
  client.collectDefaultMetrics({ register: registry, prefix: 'heroes_' })
  const databaseReady = new client.Gauge({
    name: 'heroes_database_ready',
    help: '1 when the database answered a query at this scrape, else 0',
    registers,
  })
  const queued = new client.Gauge({
    name: 'heroes_jobs_queued',
    help: 'Jobs waiting or running, per queue (from the database: the same on every instance)',
    labelNames: ['queue'],
    registers,
  })
  const failed = new client.Gauge({
    name: 'heroes_jobs_failed',
    help: 'Jobs that failed after their retries and stay in the queue, per queue',
    labelNames: ['queue'],
    registers,
  })
  // Asked once per scrape (the endpoint calls it), not per request: a few counts in the database.
  const collect = async () => {
    const probe = /** @type {Record<symbol, (() => Promise<Probe>) | undefined>} */ (globalThis)[
      PROBE
    ]
    const state = probe ? await probe().catch(() => null) : null
    databaseReady.set(state?.ready ? 1 : 0)
    queued.reset()
    failed.reset()
    for (const job of state?.jobs ?? []) {
      queued.set({ queue: job.queue }, job.queued)
      failed.set({ queue: job.queue }, job.failed)
    }
  }
  const sharedCacheUp = new client.Gauge({
    name: 'heroes_shared_cache_up',
    help: '0 while the shared page cache (Redis) cannot be reached and pages are rendered here; 1 otherwise',
    registers,
  })
  sharedCacheUp.set(1)
  return {
    registry,
    collect,
    sharedCacheUp,
    requests: new client.Counter({
      name: 'heroes_http_requests_total',
      help: 'Requests answered, by route kind, method and status',
      labelNames: ['kind', 'method', 'status'],
      registers,
    }),
    duration: new client.Histogram({
      name: 'heroes_http_request_duration_seconds',
      help: 'Time from the request to the last byte of the answer, by route kind',
      labelNames: ['kind'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    pageCache: new client.Counter({
      name: 'heroes_page_cache_total',
      help: "Pages answered from Next's cache (hit, stale), rendered (miss), or from the server's copy of a hit (copy)",
      labelNames: ['result'],
      registers,
    }),
    pageCopies: new client.Counter({
      name: 'heroes_page_copies_served_total',
      help: "Cached pages answered from the server's own copy, before Next (scripts/serve/pageCopy.mjs)",
      registers,
    }),
    storesDropped: new client.Counter({
      name: 'heroes_page_cache_stores_dropped_total',
      help: 'Renders begun before an expiry and so not stored in the cache (scripts/serve/renderGuard.mjs)',
      registers,
    }),
    revalidations: new client.Counter({
      name: 'heroes_revalidations_total',
      help: 'Cache tags expired after a publish, unpublish or delete (one per collection or global)',
      registers,
    }),
    contact: new client.Counter({
      name: 'heroes_contact_messages_total',
      help: 'Contact messages: stored, or refused by reason (invalid, rateLimited, tooLarge, unavailable, bot)',
      labelNames: ['result'],
      registers,
    }),
  }
}

/** @returns {ReturnType<typeof createMetrics>} */
export function metrics() {
  const shared = /** @type {Record<symbol, ReturnType<typeof createMetrics>>} */ (globalThis)
  shared[KEY] ??= createMetrics()
  return shared[KEY]
}

/**
 * Where the app leaves its database probe (lib/operationalProbe.ts, on Payload's init).
 * @param {() => Promise<Probe>} probe
 */
export function offerProbe(probe) {
  const shared = /** @type {Record<symbol, unknown>} */ (globalThis)
  shared[PROBE] = probe
}
