// Each request's id, its log line and its metrics. The id comes back as X-Request-Id; a proxy's
// own id (nginx's $request_id) is taken only when the server trusts the proxies in front
// (TRUSTED_PROXY_HOPS > 0, the same setting that trusts their X-Forwarded-For) and only in an
// id's shape: anything else a client sends is replaced, so nobody writes into the logs through it.
// One line per request once the answer has left (or the client went away): id, method, route
// kind, path without its query (a search's words stay out of the logs), status, duration and
// Next's cache status. No client address, no body. The lines are made off the request's path: a
// request leaves its fields in a list, and once per turn of the event loop the list becomes one
// string and one write (pino's format, written here: a pino call a line cost a cached page
// answered from the server's copy 5-10 % of its CPU). Cost, measured by bench/request-tracking.mjs
// and bench/paired.mjs: see docs/performance.md.
import { randomUUID } from 'node:crypto'

import { requestLineSink } from '../../lib/logger.mjs'
import { metrics } from '../../lib/metrics.mjs'

import { FROM_COPY } from './pageCopy.mjs'

export const REQUEST_ID_HEADER = 'x-request-id'
// nginx's $request_id is 32 hex digits; UUIDs and most tracing ids fit too.
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/
const MAX_LOGGED_PATH = 200
// The clock as Node has it, taken before Next loads: Next then replaces Date with a wrapper that
// reports each read to its prerender tracking (next/dist/server/node-environment-extensions/
// date.js), 1 % of a page answered from the server's copy in a CPU profile.
const NativeDate = Date
const nativeNow = Date.now

/**
 * What kind of route a request is for: the label of its metrics and a field of its line.
 * @param {string | undefined} method
 * @param {string} path without the query
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function routeKind(method, path, headers) {
  if (path.startsWith('/_next/')) return path.startsWith('/_next/image') ? 'image' : 'asset'
  if (path.startsWith('/api/')) {
    if (path === '/api/health' || path === '/api/ready') return 'probe'
    if (path === '/api/contact') return 'contact'
    if (path === '/api/metrics') return 'metrics'
    if (path.startsWith('/api/graphql')) return 'graphql'
    if (/^\/api\/[^/]+\/file\//.test(path)) return 'file'
    return 'api'
  }
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin'
  if (path === '/next' || path.startsWith('/next/')) return 'preview'
  // A server action (the contact form without JavaScript) or an RSC navigation of the site.
  if (method === 'POST') return 'action'
  if (headers.rsc === '1') return 'rsc'
  return 'page'
}

/**
 * The request's id: the trusted proxy's when it has one of the right shape, else a new one.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} trustedHops
 */
export function requestId(req, trustedHops) {
  const given = req.headers[REQUEST_ID_HEADER]
  if (trustedHops > 0 && typeof given === 'string' && ID_SHAPE.test(given)) return given
  return randomUUID()
}

/**
 * Returns `track(req, res)`: gives the request its id (on the request for the app, on the
 * response for the client) and logs and counts it once the response is done.
 * @param {{ trustedHops: number,
 *   lines?: { enabled: boolean, pid: number, write: (text: string) => void } }} options
 */
export function createRequestTracker({ trustedHops, lines = requestLineSink() }) {
  const { requests, duration, pageCache } = metrics()
  // Children per label set: prom-client hashes the label object on every call otherwise.
  /** @type {Map<string, { count: import('prom-client').Counter, time: import('prom-client').Histogram }>} */
  const children = new Map()
  const series = (kind, method, status) => {
    const key = `${kind} ${method} ${status}`
    let child = children.get(key)
    if (!child) {
      child = {
        count: /** @type {any} */ (requests.labels(kind, method, String(status))),
        time: /** @type {any} */ (duration.labels(kind)),
      }
      children.set(key, child)
    }
    return child
  }
  const info = lines.enabled
  // Per finished request: id, method, kind, path, status, ms, cache, aborted, time (ms).
  /** @type {unknown[]} */
  const pending = []
  const FIELDS = 9
  let scheduled = false
  const head = `{"level":"info","time":"`
  const pid = `","pid":${lines.pid},"reqId":`
  const flush = () => {
    scheduled = false
    let text = ''
    for (let i = 0; i < pending.length; i += FIELDS) {
      const [id, method, kind, path, status, ms, cache, aborted, time] = pending.slice(
        i,
        i + FIELDS,
      )
      text +=
        head +
        new NativeDate(/** @type {number} */ (time)).toISOString() +
        pid +
        JSON.stringify(id) +
        ',"method":' +
        JSON.stringify(method) +
        ',"kind":"' +
        kind +
        '","path":' +
        JSON.stringify(path) +
        ',"status":' +
        status +
        ',"ms":' +
        ms +
        (cache === undefined ? '' : ',"cache":' + JSON.stringify(cache)) +
        (aborted ? ',"aborted":true' : '') +
        ',"msg":"request"}\n'
    }
    pending.length = 0
    lines.write(text)
  }

  return function track(req, res) {
    const started = performance.now()
    const id = requestId(req, trustedHops)
    req.headers[REQUEST_ID_HEADER] = id
    res.setHeader(REQUEST_ID_HEADER, id)
    res.once('close', () => {
      const url = req.url ?? '/'
      const query = url.indexOf('?')
      const path = query === -1 ? url : url.slice(0, query)
      const method = req.method ?? 'GET'
      const kind = routeKind(method, path, req.headers)
      const status = res.statusCode
      const ms = performance.now() - started
      // Methods outside the usual few are one label, so a client cannot mint series.
      const child = series(kind, KNOWN_METHODS.has(method) ? method : 'OTHER', status)
      child.count.inc()
      child.time.observe(ms / 1000)
      // A page answered from the server's own copy (./pageCopy.mjs) says so in its line; its
      // header stays Next's `HIT`, as the copy is Next's answer.
      const cache = /** @type {any} */ (res)[FROM_COPY] ? 'COPY' : res.getHeader('x-nextjs-cache')
      if (typeof cache === 'string') pageCache.inc({ result: cache.toLowerCase() })
      if (!info) return
      pending.push(
        id,
        method,
        kind,
        path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}…` : path,
        status,
        Math.round(ms * 100) / 100,
        typeof cache === 'string' ? cache.toLowerCase() : undefined,
        !res.writableFinished,
        nativeNow(),
      )
      if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    })
  }
}

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
