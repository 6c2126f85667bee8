// ETags of the pages this server sends whole, made here instead of by Next (next.config
// `generateEtags: false`). Next hashed every cached page's whole text in JavaScript on every
// request, the largest single cost of serving one from its cache (docs/performance.md). Next hands
// over the very same string each time it sends a cached page, and a Map keeps the hash of a string
// it has seen, so here the tag is looked up by the page's text at no cost per character and made
// (natively) only once per version of a page.
import { hash } from 'node:crypto'

import fresh from 'fresh'

/** A strong ETag of a body: its SHA-1, as base64url. */
export function etagOf(body) {
  return `"${hash('sha1', body, 'base64url')}"`
}

/**
 * @param {{ maxChars?: number }} [options] how much text may be kept for lookups; the pages sent
 *   longest ago go first. Next's own cache keeps the same strings while they are in it.
 */
export function createEtags({ maxChars = 4 * 1024 * 1024 } = {}) {
  /** @type {Map<string, string>} body → ETag, least recently sent first */
  const tags = new Map()
  let chars = 0
  return {
    /** @param {string | Uint8Array} body */
    of(body) {
      if (typeof body !== 'string') return etagOf(body)
      let tag = tags.get(body)
      if (tag) {
        tags.delete(body)
        tags.set(body, tag)
        return tag
      }
      tag = etagOf(body)
      if (body.length > maxChars) return tag
      tags.set(body, tag)
      chars += body.length
      for (const kept of tags.keys()) {
        if (chars <= maxChars) break
        tags.delete(kept)
        chars -= kept.length
      }
      return tag
    },
    get size() {
      return tags.size
    },
  }
}

/**
 * True when the client's copy is current (If-None-Match / If-Modified-Since, not `no-cache`), so
 * the answer is a 304 without a body.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function notModified(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  return fresh(req.headers, {
    etag: res.getHeader('etag'),
    'last-modified': res.getHeader('last-modified'),
  })
}
