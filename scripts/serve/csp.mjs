// A strict Content-Security-Policy for every HTML response, without `unsafe-inline` scripts and
// without giving up static pages. Next writes its bootstrap and RSC payload as inline <script>s
// that differ per page and per revalidation, and a nonce would force every page to render per
// request; so each HTML body is read as it leaves the server and the policy allows exactly the
// inline scripts it carries, by SHA-256 hash. A page Next sends whole gets its ETag here
// (./etags.mjs), and a conditional request for it a 304; its hashes are kept by that ETag, and so
// is its compressed copy (./encoded.mjs): a page served again from Next's cache costs neither
// hashing nor compressing.
import { createHash } from 'node:crypto'

import { createEtags, notModified } from './etags.mjs'
import { isErrorShell } from './notFound.mjs'

const HASHES_KEPT = 1000

// Same-origin everything; images may be data:/blob: (next/image placeholders, admin upload
// previews). Styles allow inline: React and Payload's admin set style attributes, which hashes
// cannot cover; styles cannot run code.
const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]

/**
 * Which policy a request gets: the admin frames the site's draft pages (live preview), and only
 * a draft-mode request of the site may be framed, by the admin on the same origin.
 * @param {{ url?: string, headers: Record<string, string | string[] | undefined> }} req
 */
export function policyKind(req) {
  const path = (req.url ?? '/').split('?', 1)[0]
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin'
  const cookie = String(req.headers.cookie ?? '')
  return /(?:^|;\s*)__prerender_bypass=/.test(cookie) ? 'preview' : 'site'
}

/**
 * @param {'admin' | 'preview' | 'site'} kind
 * @param {string[]} hashes base64 SHA-256 of each inline script
 * @param {{ https: boolean }} options
 */
export function buildPolicy(kind, hashes, { https }) {
  const scripts = ["'self'", ...hashes.map((hash) => `'sha256-${hash}'`)]
  return [
    ...common,
    `script-src ${scripts.join(' ')}`,
    `frame-src ${kind === 'admin' ? "'self'" : "'none'"}`,
    `frame-ancestors ${kind === 'preview' ? "'self'" : "'none'"}`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

// The security headers of a failed page stay on its replacement; those describing its body go.
const kept =
  /^(x-content-type-options|referrer-policy|permissions-policy|x-frame-options|strict-transport-security|x-request-id)$/

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const typeAttribute = /\btype\s*=\s*["']?([^"'\s>]+)/i
const executable = new Set(['', 'text/javascript', 'application/javascript', 'module'])

/** The base64 SHA-256 of every inline script the browser would run, in document order. */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(scriptElement)) {
    if (/\bsrc\s*=/i.test(attributes)) continue
    const type = (typeAttribute.exec(attributes)?.[1] ?? '').toLowerCase()
    if (!executable.has(type)) continue
    hashes.add(createHash('sha256').update(body, 'utf8').digest('base64'))
  }
  return [...hashes]
}

/**
 * Returns `applyTo(req, res)`, which sets the policy on `res` once its body is known: called
 * before the request is handled, it wraps `writeHead`/`flushHeaders`/`write`/`end` so the
 * headers wait for the HTML body.
 * @param {{ https: boolean,
 *   fallback?: (req: import('node:http').IncomingMessage) =>
 *     Promise<{ status: number, headers: Record<string, string>, body: string } | null>,
 *   encoded?: ReturnType<typeof import('./encoded.mjs').createEncodedCache>,
 *   notFound?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) =>
 *     Promise<{ status: number, headers: Record<string, string>, body: string } | null>,
 *   etags?: ReturnType<typeof createEtags> }} options
 *   `fallback` may replace an HTML page that failed with a 5xx (./unavailable.mjs), `notFound`
 *   Next's empty error document on a 404 (./notFound.mjs); `encoded`
 *   keeps compressed copies of pages that have an ETag (./encoded.mjs); `etags` tags pages
 *   written whole (./etags.mjs).
 */
export function createContentSecurityPolicy({
  https,
  fallback,
  notFound,
  encoded,
  etags = createEtags(),
}) {
  /** @type {Map<string, string[]>} ETag → hashes, oldest first */
  const known = new Map()
  /** @type {WeakMap<string[], Record<string, string>>} the policies built from a page's hashes */
  const built = new WeakMap()
  const remember = (etag, hashes) => {
    known.set(etag, hashes)
    if (known.size > HASHES_KEPT) known.delete(known.keys().next().value)
  }

  return function applyTo(req, res) {
    const kind = policyKind(req)
    const original = {
      writeHead: res.writeHead,
      flushHeaders: res.flushHeaders,
      write: res.write,
      end: res.end,
    }
    let head = null // a deferred writeHead's status line
    let mode = 'undecided' // 'pass' | 'buffer'
    const chunks = []

    const restore = () => Object.assign(res, original)
    const sendHead = () => {
      if (head && !res.headersSent) original.writeHead.call(res, head.status, head.message)
      head = null
    }
    const setPolicy = (hashes) => {
      if (res.headersSent) return
      let policies = built.get(hashes)
      if (!policies) built.set(hashes, (policies = {}))
      policies[kind] ??= buildPolicy(kind, hashes, { https })
      res.setHeader('Content-Security-Policy', policies[kind])
    }

    // Decided at writeHead or the first body byte, whichever comes first: by then Next has set
    // the content type and ETag.
    const decide = () => {
      const type = String(res.getHeader('content-type') ?? '')
      if (!type.startsWith('text/html') || res.hasHeader('content-security-policy')) {
        mode = 'pass'
        return
      }
      mode = 'buffer'
    }

    res.writeHead = function (status, message, headers) {
      if (typeof message !== 'string') [message, headers] = [undefined, message]
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) res.appendHeader(headers[i], headers[i + 1])
      } else if (headers)
        for (const [key, value] of Object.entries(headers)) res.setHeader(key, value)
      res.statusCode = status
      head = { status, message }
      // Node fixes the headers here, so the decision can be made now.
      if (mode === 'undecided') decide()
      if (mode === 'pass') {
        restore()
        sendHead()
      }
      return res
    }
    res.flushHeaders = function () {
      if (mode === 'undecided') decide()
      if (mode === 'pass') {
        restore()
        sendHead()
        original.flushHeaders.call(res)
      }
      // A buffered HTML body sends its headers with the body, once the policy is known.
    }
    res.write = function (chunk, encoding, callback) {
      if (mode === 'undecided') decide()
      if (mode === 'pass') {
        restore()
        sendHead()
        return original.write.call(res, chunk, encoding, callback)
      }
      chunks.push(toBuffer(chunk, encoding))
      if (typeof encoding === 'function') encoding()
      else if (typeof callback === 'function') callback()
      return true
    }
    res.end = function (chunk, encoding, callback) {
      if (typeof chunk === 'function') [chunk, callback] = [undefined, chunk]
      if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding]
      if (mode === 'undecided') decide()
      restore()
      if (mode === 'buffer') {
        // A cached page sent again: its hashes and compressed copy are known by its ETag, so
        // Next's string needs neither converting nor reading.
        if (chunks.length === 0 && chunk && res.statusCode === 200) {
          if (!res.hasHeader('etag')) res.setHeader('etag', etags.of(chunk))
          if (notModified(req, res)) return sendNotModified()
          const tag = res.getHeader('etag')
          const hashes = typeof tag === 'string' ? known.get(tag) : undefined
          const copy = hashes && encoded?.peek(tag, req.headers['accept-encoding'])
          if (copy && !res.hasHeader('content-encoding')) {
            setPolicy(hashes)
            return sendCopy(copy)
          }
        }
        if (chunk) chunks.push(toBuffer(chunk, encoding))
        const body = Buffer.concat(chunks)
        if (notFound && res.statusCode === 404 && isErrorShell(body)) {
          notFound(req, res).then(
            (replacement) => (replacement ? replace(replacement) : finish(body)),
            () => finish(body),
          )
          return res
        }
        if (fallback && res.statusCode >= 500) {
          fallback(req).then(
            (replacement) => (replacement ? replace(replacement) : finish(body)),
            () => finish(body),
          )
          return res
        }
        return finish(body)
      }
      sendHead()
      return original.end.call(res, chunk, encoding, callback)

      function finish(body) {
        const etag = res.getHeader('etag')
        const tag = typeof etag === 'string' && body.length > 0 ? etag : undefined
        // A HEAD or 304 has no body to read: without a known hash only 'self' scripts run.
        let hashes = tag && known.get(tag)
        if (!hashes) {
          hashes = inlineScriptHashes(body.toString('utf8'))
          if (tag) remember(tag, hashes)
        }
        setPolicy(hashes)
        if (!encoded || !tag || res.statusCode !== 200 || res.hasHeader('content-encoding'))
          return send(body)
        encoded.get(tag, body, req.headers['accept-encoding']).then(
          (copy) => (copy ? sendCopy(copy) : send(body)),
          () => send(body),
        )
        return res
      }
      function sendCopy(copy) {
        res.setHeader('content-encoding', copy.encoding)
        res.setHeader('content-length', copy.bytes.length)
        const vary = String(res.getHeader('vary') ?? '')
        if (!/\baccept-encoding\b/i.test(vary))
          res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
        return send(copy.bytes)
      }
      function sendNotModified() {
        for (const name of ['content-type', 'content-length', 'content-encoding'])
          res.removeHeader(name)
        res.statusCode = 304
        if (head) head = { status: 304 }
        sendHead()
        return original.end.call(res, callback)
      }
      function send(bytes) {
        sendHead()
        return original.end.call(res, bytes, callback)
      }
      function replace({ status, headers, body }) {
        for (const name of res.getHeaderNames()) if (!kept.test(name)) res.removeHeader(name)
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        res.statusCode = status
        head = { status }
        const bytes = Buffer.from(body, 'utf8')
        res.setHeader('content-length', bytes.length)
        return finish(bytes)
      }
    }
  }
}

function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
  return Buffer.from(String(chunk), typeof encoding === 'string' ? encoding : 'utf8')
}
