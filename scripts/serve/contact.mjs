// `POST /api/contact` answered here, before Next, by the endpoint the running Payload offers
// (lib/contact/direct.ts): the same function Payload's REST route calls, without the 2.7 ms of
// routing, web-stream and request set-up around it. Until Payload has started in this process
// (the first request to a route that uses it), and for any other request, Next answers.
import fs from 'node:fs'

import { logger } from '../../lib/logger.mjs'

const HANDLER = Symbol.for('heroes.contact')
const PATH = '/api/contact'

/**
 * The headers next.config gives `/api/contact` (the build's routes manifest), or null when there
 * is no manifest or a rule for the path depends on the request (`has`/`missing`, parameters):
 * then Next keeps answering, so no response of this path lacks a header Next would have sent.
 */
export function headersFromManifest(file = '.next/routes-manifest.json') {
  if (!fs.existsSync(file)) return null
  const rules = JSON.parse(fs.readFileSync(file, 'utf8')).headers ?? []
  const headers = {}
  for (const rule of rules) {
    if (!new RegExp(rule.regex).test(PATH)) continue
    if (rule.has || rule.missing || rule.headers.some((h) => /:\w/.test(h.value))) return null
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value
  }
  return headers
}

/** Returns a request handler that answers the contact endpoint and returns true, or false. */
export function createContactShortcut({ headers = headersFromManifest() } = {}) {
  return function answerContact(req, res) {
    const answer = globalThis[HANDLER]
    if (!headers || !answer || req.method !== 'POST' || req.url !== PATH) return false
    answer({
      header: (name) => headerValue(req.headers[name.toLowerCase()]),
      bytes: readBytes(req),
    }).then(
      (reply) => send(req, res, reply.status, reply.body, reply.headers),
      (error) => {
        logger().error({ err: error }, 'contact endpoint failed')
        send(req, res, 500, { result: 'unavailable' })
      },
    )
    return true

    function send(req, res, status, body, extra = {}) {
      // A body not read to its end (too large) is not left in the connection for the next request.
      if (!req.complete) res.setHeader('connection', 'close')
      const text = JSON.stringify(body)
      res.writeHead(status, {
        ...headers,
        ...extra,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      })
      res.end(text)
    }
  }
}

const headerValue = (value) => (Array.isArray(value) ? value.join(', ') : (value ?? null))

/** Reads the body's bytes up to a limit; the endpoint decodes them (and refuses bad UTF-8). */
function readBytes(req) {
  return (maxBytes) =>
    new Promise((resolve, reject) => {
      const chunks = []
      let size = 0
      const onData = (chunk) => {
        chunks.push(chunk)
        size += chunk.length
        if (size >= maxBytes) done()
      }
      const done = () => {
        req.off('data', onData).off('end', done).off('error', reject)
        resolve(Buffer.concat(chunks))
      }
      req.on('data', onData).on('end', done).on('error', reject)
    })
}
