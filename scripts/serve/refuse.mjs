// Requests Next cannot serve, answered before it sees them with the 4xx they deserve, instead of
// the 500 Next gives them (or worse):
// - a method Next's fetch-based routing does not take (TRACE, PROPFIND…): Next throws "'TRACE'
//   HTTP method is unsupported". 405 with Allow. A CONNECT never reaches the request handler:
//   `refuseTunnel` answers it on the server's `connect` event, where Node would drop it silently.
// - a request-target that is not a path: `*` makes Next build an invalid URL (OPTIONS * asks about
//   the server: 204 with Allow); an absolute-form target (`GET http://host/path`, which a server
//   must accept, RFC 9112 §3.2.2) made Next redirect to that very URL, another host included. It
//   is served as the path it names, with that authority as the Host, as the RFC asks.
// - a Host that is no host (RFC 9112 §3.2: 400).
// - a server action (a form post or fetch to a page) from another origin: Next refuses it,
//   rightly, but throws a 500, and a 500 too for an Origin that is no URL. 403 / 400.
// API paths answer JSON in the API's own error shape, pages the short error page in the
// locale of the path, from the `Error` and `NotFound` messages the app's error pages use.
import fs from 'node:fs'
import path from 'node:path'

import { isCsrfOriginAllowed } from 'next/dist/server/app-render/csrf-protection.js'

import { securityHeaders } from '../../lib/responseHeaders.mjs'

import { unavailablePage } from './unavailable.mjs'

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const allow = METHODS.join(', ')

// RFC 3986's host (a registered name, IPv4, or an IPv6 literal) and an optional port, no longer
// than a DNS name (253) and a port.
const hostSyntax = /^(?:\[[0-9A-Fa-f:.]+\]|[\w\-.~!$&'()*+,;=%]+)(?::\d{0,5})?$/
const isValidHost = (host) => host.length <= 260 && hostSyntax.test(host)
const absoluteForm = /^(https?):\/\/([^/?#]*)([^#]*)/i

/**
 * The error page's words in every locale of `dir` (messages/<locale>.json).
 * @returns {Record<string, { title: string, description: string, home: string }>}
 */
export function loadErrorTexts(dir) {
  const texts = {}
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const messages = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
    if (messages.Error && messages.NotFound)
      texts[path.basename(file, '.json')] = { ...messages.Error, home: messages.NotFound.home }
  }
  if (!texts.en) throw new Error(`${dir}/en.json has no "Error" and "NotFound" messages`)
  return texts
}

/** The origins the build's `serverActions.allowedOrigins` lets post actions, as Next reads them. */
function allowedActionOrigins() {
  try {
    const config = JSON.parse(process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ?? '{}')
    return config.experimental?.serverActions?.allowedOrigins ?? []
  } catch {
    return []
  }
}

/**
 * @param {{ texts: ReturnType<typeof loadErrorTexts> }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 *   true when it has answered the request
 */
export function createRefusal({ texts }) {
  const allowedOrigins = allowedActionOrigins()

  function answer(req, res, status, message, extraHeaders = {}) {
    const segment = (req.url ?? '/').split(/[/?#]/, 2)[1] ?? ''
    const api = segment === 'api'
    const locale = texts[segment] ? segment : 'en'
    const body = api
      ? JSON.stringify({ errors: [{ message }] })
      : unavailablePage(locale, texts[locale])
    res.writeHead(status, {
      ...securityHeaders(true),
      'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
      ...extraHeaders,
    })
    res.end(req.method === 'HEAD' ? undefined : body)
    return true
  }

  return function refuse(req, res) {
    const url = req.url ?? '/'
    if (url === '*') {
      if (req.method !== 'OPTIONS') return answer(req, res, 400, 'Bad request.')
      res.writeHead(204, { allow, 'cache-control': 'no-store' })
      res.end()
      return true
    }
    if (!url.startsWith('/')) {
      const [, , authority, rest] = absoluteForm.exec(url) ?? []
      if (authority === undefined || !isValidHost(authority))
        return answer(req, res, 400, 'Bad request.')
      req.url = rest.startsWith('/') ? rest : `/${rest}`
      req.headers.host = authority
    }
    const host = req.headers.host
    if (host !== undefined ? !isValidHost(host) : req.httpVersion !== '1.0')
      return answer(req, res, 400, 'Bad request.')
    if (!METHODS.includes(req.method ?? ''))
      return answer(req, res, 405, 'Method not allowed.', { allow })
    return refuseForeignAction(req, res)
  }

  // Next's own test (getServerActionRequestMetadata, then the origin check in handleAction).
  function refuseForeignAction(req, res) {
    if (req.method !== 'POST' || req.url?.startsWith('/api/')) return false
    const type = String(req.headers['content-type'] ?? '')
    const fetchAction = typeof req.headers['next-action'] === 'string'
    if (type === 'application/x-www-form-urlencoded') return false
    if (!fetchAction && !type.startsWith('multipart/form-data')) return false
    const origin = req.headers.origin
    if (origin === undefined) return false
    let originHost = 'null'
    if (origin !== 'null') {
      try {
        originHost = new URL(origin).host
      } catch {
        return answer(req, res, 400, 'Bad request.')
      }
    }
    const forwarded = req.headers['x-forwarded-host']
    const host =
      (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(',')[0]?.trim()) ||
      req.headers.host
    if (originHost === host || isCsrfOriginAllowed(originHost, allowedOrigins)) return false
    return answer(req, res, 403, 'Forbidden.')
  }
}

/** A CONNECT (a proxy's tunnel) asked of a server that is no proxy. */
export function refuseTunnel(_req, socket) {
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${allow}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
  )
}
