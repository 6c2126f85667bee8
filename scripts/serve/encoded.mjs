// Compressed copies of cached pages, kept by ETag. Next serves a cached page's same bytes again
// and again, and compressing them on every request cost more CPU than rendering does not; so
// each page is compressed once per encoding, off the event loop, and reused until its ETag
// changes. Bounded in bytes; the oldest copies go first.
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import Negotiator from 'negotiator'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

const MIN_BYTES = 1024

/** The encoding to send for an Accept-Encoding header: br, gzip, or null (as is). */
export function negotiate(header) {
  const request = { headers: { 'accept-encoding': header ?? '' } }
  // Brotli first when the client rates both alike (browsers list gzip first).
  const [best] = new Negotiator(request).encodings(['br', 'gzip'], { preferred: ['br', 'gzip'] })
  return best ?? null
}

// Brotli's quality 10, not 9: on the portal's pages quality 9 took 77–80 ms a page here and
// quality 10 13–16 ms, and 10's output is 9–10 % smaller (home 9,039 → 8,156 bytes; 11: 7,968
// in 33–47 ms). A publish's first visitors wait for the copy, and every page a publish
// revalidates is compressed again (docs/performance.md).
export function encode(body, encoding) {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 10,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body, { level: 9 })
}

export function createEncodedCache({ maxBytes = 64 * 1024 * 1024 } = {}) {
  /** @type {Map<string, Buffer>} `${etag} ${encoding}` → bytes, oldest first */
  const copies = new Map()
  /** @type {Map<string, Promise<Buffer>>} copies being made */
  const pending = new Map()
  let bytes = 0

  return {
    /**
     * The body encoded for the request, from the cache or made now; null when it is to be sent
     * as is (too small, not asked for, or no ETag to keep it by).
     */
    async get(etag, body, acceptEncoding) {
      const encoding = body.length >= MIN_BYTES && etag ? negotiate(acceptEncoding) : null
      if (!encoding) return null
      const key = `${etag} ${encoding}`
      const kept = copies.get(key)
      if (kept) return { encoding, bytes: kept }
      // A page asked for by many at once is compressed once.
      let making = pending.get(key)
      if (!making) {
        making = encode(body, encoding).finally(() => pending.delete(key))
        pending.set(key, making)
        keep(key, await making)
      }
      return { encoding, bytes: await making }
    },
    /** The kept copy for the request, without making one; null when there is none yet. */
    peek(etag, acceptEncoding) {
      const encoding = negotiate(acceptEncoding)
      const kept = encoding && copies.get(`${etag} ${encoding}`)
      return kept ? { encoding, bytes: kept } : null
    },
    get size() {
      return copies.size
    },
  }

  function keep(key, encoded) {
    copies.set(key, encoded)
    bytes += encoded.length
    for (const [oldest, value] of copies) {
      if (bytes <= maxBytes) break
      copies.delete(oldest)
      bytes -= value.length
    }
  }
}
