// The server's own copy of cached pages, answered before Next's request path. A page Next serves
// from its cache (`x-nextjs-cache: HIT`) is the same bytes and headers for every visitor who asks
// the same way, and Next's routing, rendering pipeline and cache lookup around those bytes cost
// about 95 % of a cached page's CPU (docs/performance.md). So the answer as it left (status,
// every header, the Content-Security-Policy and ETag included, and the body in the encoding
// negotiated) is kept here and sent again, with only the request's own id and Date new.
//
// When a copy may be used, and why it never hides a publish:
// - only a GET, without the headers Next varies a page on (`rsc`, `next-*`: client navigations
//   and prefetches), without a draft-preview or staff cookie (other caching, another policy),
//   without a Range, and without the server's own 404-page token; keyed by the address as asked
//   and the encoding negotiated (br, gzip or none), which is everything else the answer varies on;
// - only an answer Next sent from its cache as fresh, never a stale, rendered or failed one, nor
//   one that sets a cookie;
// - every copy is dropped when Next expires any tag or path in this process (revalidateTag,
//   revalidatePath: ./expiry.mjs), and a page whose request began before an expiry is not kept
//   (it may have been read before it); with REDIS_URL the other instances drop theirs too
//   (./copySync.mjs), and an instance that cannot hear them keeps none;
// - a copy lives at most PAGE_COPY_MS (1 s by default): a publish that reached no hook (Redis
//   away, a time-based revalidation) shows at most that much later than Next would show it.
//   0 turns the copy off.
import fresh from 'fresh'

import { PRIVATE_COOKIES } from '../../lib/responseHeaders.mjs'

import { negotiate } from './encoded.mjs'

// Set on each answer by the server itself (the request's id) or by Node (Date, framing).
const PER_ANSWER = new Set([
  'x-request-id',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
])
// A 304 carries the headers of the page it confirms, not of a body (RFC 9110 §15.4.5).
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding'])
const privateCookie = new RegExp(`(?:^|;)\\s*(?:${PRIVATE_COOKIES.join('|')})=`)
// Taken before Next loads and wraps Date.now (./requests.mjs says why).
const nativeNow = Date.now
const TICKET = Symbol('pageCopy.ticket')
/** Set on a response answered from a copy: its log line says `"cache":"copy"` (./requests.mjs). */
export const FROM_COPY = Symbol.for('heroes.pageCopy.served')
const markFromCopy = (res) => {
  ;/** @type {any} */ (res)[FROM_COPY] = true
}
/** What `serve` noted for `keep` on a request it left to Next. */
const setTicket = (req, ticket) => {
  ;/** @type {any} */ (req)[TICKET] = ticket
}

/**
 * True when the request is one a kept answer may serve: a GET asked the way every visitor asks.
 * @param {import('node:http').IncomingMessage} req
 */
export function copyable(req) {
  if (req.method !== 'GET') return false
  const raw = req.rawHeaders
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase()
    if (
      name === 'rsc' ||
      name === 'range' ||
      name.startsWith('next-') ||
      name.startsWith('x-nextjs') ||
      name.startsWith('x-middleware') ||
      name.startsWith('x-heroes-') ||
      (name === 'cookie' && privateCookie.test(raw[i + 1]))
    )
      return false
  }
  return true
}

/**
 * @param {{ ttlMs: number, maxBytes?: number, now?: () => number,
 *   onServe?: () => void }} options
 */
export function createPageCopies({ ttlMs, maxBytes = 32 * 1024 * 1024, now = nativeNow, onServe }) {
  /** @type {Map<string, { expires: number, status: number, headers: [string, string | number | string[]][], etag: unknown, body: Buffer }>} */
  const copies = new Map()
  /** @type {Map<string, string>} Accept-Encoding as sent → the encoding it negotiates */
  const encodings = new Map()
  let bytes = 0
  // Bumped by every expiry: a page read before one is not kept.
  let generation = 0
  // False while another instance's expiries cannot be heard (./copySync.mjs).
  let enabled = ttlMs > 0

  const encodingOf = (header = '') => {
    let encoding = encodings.get(header)
    if (encoding === undefined) {
      encoding = negotiate(header) ?? 'identity'
      // Browsers send a handful of distinct headers; a client cannot grow this without bound.
      if (encodings.size < 100) encodings.set(header, encoding)
    }
    return encoding
  }

  return {
    /**
     * Answers the request from a fresh copy and returns true; otherwise notes what the answer
     * may be kept as (see `keep`) and returns false.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    serve(req, res) {
      if (!enabled || !copyable(req)) return false
      const key = `${encodingOf(req.headers['accept-encoding'])} ${req.url}`
      const copy = copies.get(key)
      if (copy && copy.expires > now()) {
        onServe?.()
        markFromCopy(res)
        for (const [name, value] of copy.headers)
          if (copy.status === 200 || !BODY_HEADERS.has(name)) res.setHeader(name, value)
        if (fresh(req.headers, { etag: copy.etag })) {
          for (const name of BODY_HEADERS) res.removeHeader(name)
          res.writeHead(304)
          res.end()
          return true
        }
        res.writeHead(copy.status)
        res.end(copy.body)
        return true
      }
      if (copy) drop(key)
      setTicket(req, { key, generation })
      return false
    },

    /**
     * Keeps the answer about to be sent with `body` when it is a page from Next's cache, fresh,
     * for a request `serve` noted, and no expiry came in between.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {Buffer} body
     */
    keep(req, res, body) {
      const ticket = /** @type {any} */ (req)[TICKET]
      if (!ticket || !enabled || ticket.generation !== generation) return
      if (res.statusCode !== 200 || res.getHeader('x-nextjs-cache') !== 'HIT') return
      // A cookie set for one visitor is never handed to the next.
      if (res.hasHeader('set-cookie')) return
      if (body.length > maxBytes / 16) return
      /** @type {[string, string | number | string[]][]} */
      const headers = []
      for (const [name, value] of Object.entries(res.getHeaders()))
        if (!PER_ANSWER.has(name) && value !== undefined) headers.push([name, value])
      if (!res.hasHeader('content-length')) headers.push(['content-length', body.length])
      if (copies.has(ticket.key)) drop(ticket.key)
      copies.set(ticket.key, {
        expires: now() + ttlMs,
        status: 200,
        headers,
        etag: res.getHeader('etag'),
        body,
      })
      bytes += body.length
      for (const [key] of copies) {
        if (bytes <= maxBytes) break
        drop(key)
      }
    },

    /** Drops every copy: Next expired a tag or a path (here or on another instance). */
    expire() {
      generation++
      copies.clear()
      bytes = 0
    },

    /** Off (and empty) while expiries from other instances cannot be heard; on again after. */
    setEnabled(on) {
      if (!on) this.expire()
      enabled = on && ttlMs > 0
    },

    get size() {
      return copies.size
    },
  }

  function drop(key) {
    const copy = copies.get(key)
    if (!copy) return
    copies.delete(key)
    bytes -= copy.body.length
  }
}
