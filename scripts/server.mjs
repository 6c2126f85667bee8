// `npm start`, and the Docker image's server: the built portal behind Node's own HTTP server,
// for what `next start` lacks.
// 1. A path with broken percent-encoding (`/en/%ff`) makes Next answer a bare 500 (it tries a
//    `/400` page the app router does not have); here it gets a 400 before Next sees it.
// 2. SIGTERM (a deploy, a scale-down) is graceful and exits 0 (`next start` exits 143): for
//    SHUTDOWN_DELAY_SECONDS the server keeps serving but /api/ready answers 503, so a load
//    balancer stops sending traffic and connections already queued are still accepted; then it
//    stops accepting, lets requests in flight finish and exits. A request still running
//    SHUTDOWN_GRACE_SECONDS after the signal is cut. Every answer after the signal closes its
//    connection, so a proxy never sends a request on one this server is closing
//    (./serve/closing.mjs).
// 3. Every HTML response carries a hash-based Content-Security-Policy (./serve/csp.mjs). That
//    needs the body before compression, so compression happens here (next.config `compress:
//    false`), after the policy: cached pages once per ETag (./serve/encoded.mjs), the rest by
//    the `compression` middleware.
// 4. `POST /api/contact` is answered before Next and the compression and policy wrappers, by the
//    endpoint Payload offers once it has started (./serve/contact.mjs): the same function
//    without Next's routing around it.
// 5. A locale's own address (`/cs/tisk/x`) is mapped to the app's folder (`/cs/press/x`) here,
//    not by rewrites in Next's config, which cost a fifth of a cached page's CPU
//    (./serve/folders.mjs).
// 6. The heap grows less between full collections (HEAP_GROWING_PERCENT, ./serve/heap.mjs).
// 7. Before it listens on PORT, it asks itself for a page of every route for WARMUP_SECONDS on a
//    loopback port of its own, so its first visitors do not meet cold code (./serve/warm.mjs).
// 8. The headers of every response and public pages' caching are set here, not by rules in
//    next.config that Next would match against every request (lib/responseHeaders.mjs).
// 9. Next runs with the build's own config, as in the standalone tree (scripts/standalone.mjs
//    bundles this file there as server.mjs), and names the cache handler only with Redis
//    (./serve/nextConfig.mjs).
// 10. Requests Next cannot serve (TRACE, CONNECT, `OPTIONS *`, an absolute-form target, a bad
//    Host, a server action from another origin) get their 4xx here, not Next's 500
//    (./serve/refuse.mjs).
// 11. Each request's client address (the socket's, or X-Forwarded-For through TRUSTED_PROXY_HOPS
//    proxies) is worked out here, the one place that sees the socket, and handed to the app for
//    the contact form's rate limit (lib/clientAddress.mjs).
// 12. A 404 is sent with the HTML of its locale's 404 page, not the empty error document Next
//    renders for a `notFound()` below the `[locale]` root layout (./serve/notFound.mjs).
// 13. The whole configuration (the app's lib/envSchema.mjs and the server's settings) is checked
//    before anything starts: a bad setting stops the process with the reason
//    (./serve/configuration.mjs).
// 14. Every request gets an id (X-Request-Id), one JSON log line and its metrics
//    (./serve/requests.mjs); `/api/metrics` serves them to a scraper with METRICS_TOKEN
//    (./serve/metrics.mjs).
// 15. A page Next served from its cache is answered again from the server's own copy of that
//    answer, before Next, for PAGE_COPY_MS at most and until Next expires any page here or, with
//    Redis, on any instance (./serve/pageCopy.mjs, ./serve/expiry.mjs, ./serve/copySync.mjs).
// 16. What a request begun before a publish's expiry renders is not stored in Next's cache, where
//    it would hide the publish (./serve/renderGuard.mjs).
import http from 'node:http'

import compression from 'compression'
import next from 'next'

import { localeCodes as locales } from '../i18n/localeCodes.mjs'
import { stampClientAddress } from '../lib/clientAddress.mjs'
import { cacheBackend } from '../lib/deploy/cacheBackend.mjs'
import { flushLogs, logger } from '../lib/logger.mjs'
import { metrics } from '../lib/metrics.mjs'
import { createHeaderSetter } from '../lib/responseHeaders.mjs'

import { checkConfiguration } from './serve/configuration.mjs'
import { trackConnections } from './serve/closing.mjs'
import { createContactShortcut } from './serve/contact.mjs'
import { syncCopies } from './serve/copySync.mjs'
import { createContentSecurityPolicy } from './serve/csp.mjs'
import { createEncodedCache } from './serve/encoded.mjs'
import { onNextExpiry } from './serve/expiry.mjs'
import { mapToFolder } from './serve/folders.mjs'
import { createMetricsEndpoint } from './serve/metrics.mjs'
import { limitHeapGrowth } from './serve/heap.mjs'
import { createNotFoundPage } from './serve/notFound.mjs'
import { adoptBuildConfig } from './serve/nextConfig.mjs'
import { createPageCopies } from './serve/pageCopy.mjs'
import { createRefusal, loadErrorTexts, refuseTunnel } from './serve/refuse.mjs'
import { createRenderGuard, guardNextCache } from './serve/renderGuard.mjs'
import { createRequestTracker } from './serve/requests.mjs'
import { createUnavailableFallback, loadUnavailableTexts } from './serve/unavailable.mjs'
import { warmUp } from './serve/warm.mjs'

// Every setting, the app's included, before anything starts (./serve/configuration.mjs).
let settings
let env
try {
  ;({ settings, env } = checkConfiguration(process.cwd()))
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
const log = logger()
// Without a build, Next itself says so below.
adoptBuildConfig(process.cwd())
const { port, hostname, delayMs, graceMs } = settings
limitHeapGrowth(settings.heapGrowingPercent)

// Next compares a rewrite's origin with this name, and writes loopback as `localhost`: told
// 127.0.0.1 it would proxy a rewritten path to itself in a loop (vercel/next.js#94745; the
// production build has none now, `next dev` does). The socket below still binds to `hostname`.
const loopback = ['127.0.0.1', '::1'].includes(hostname)
const app = next({ dev: false, hostname: loopback ? 'localhost' : hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const compress = compression()
const setHeaders = createHeaderSetter({ production: true })
// Asked only when a page has failed: is it the database (503) or a bug (500)?
const readyHost =
  hostname === '::1'
    ? '[::1]'
    : ['0.0.0.0', '::'].includes(hostname) || loopback
      ? '127.0.0.1'
      : hostname
const readyUrl = `http://${readyHost}:${port}/api/ready`
const pageCopies = createPageCopies({
  ttlMs: settings.pageCopyMs,
  onServe: (
    (served) => () =>
      served.inc()
  )(metrics().pageCopies),
})
// Every expiry, here or heard from another instance, drops the page copies and keeps renders
// begun before it from being stored (./serve/renderGuard.mjs).
const renderGuard = createRenderGuard({
  onDrop: (
    (dropped) => () =>
      dropped.inc()
  )(metrics().storesDropped),
})
const expired = () => {
  renderGuard.expired()
  pageCopies.expire()
}
const sync =
  cacheBackend() === 'redis'
    ? syncCopies({
        url: String(process.env.REDIS_URL),
        prefix: `${process.env.REDIS_KEY_PREFIX || 'heroes'}:`,
        copies: { expire: expired, setEnabled: (on) => pageCopies.setEnabled(on) },
        log,
      })
    : null
const hooked = await onNextExpiry(async (_tags, phase) => {
  expired()
  if (phase === 'done') await sync?.announce()
})
if (!hooked) {
  log.warn("page copies off: this Next's cache has no revalidateTag to follow")
  pageCopies.setEnabled(false)
} else if (!(await guardNextCache(renderGuard))) {
  log.warn("renders begun before a publish may be stored: this Next's cache has no set to guard")
}
const notFoundPage = createNotFoundPage({ origin: () => `http://${readyHost}:${port}`, locales })
const applyPolicy = createContentSecurityPolicy({
  notFound: notFoundPage.replacement,
  https: (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https:'),
  encoded: createEncodedCache(),
  keep: pageCopies.keep,
  fallback: createUnavailableFallback({
    texts: loadUnavailableTexts('messages'),
    isDatabaseDown: () =>
      fetch(readyUrl, { signal: AbortSignal.timeout(3000) }).then(
        (response) => response.status === 503,
        () => false,
      ),
  }),
})

const answerContact = createContactShortcut()
const refuse = createRefusal({ texts: loadErrorTexts('messages') })
const track = createRequestTracker({ trustedHops: settings.trustedProxyHops })
const answerMetrics = createMetricsEndpoint({ token: env.METRICS_TOKEN })

let stopping = false
// Visitors' requests are logged and counted; the warm-up's (below) are not.
const server = http
  .createServer((req, res) => {
    track(req, res)
    handleRequest(req, res)
  })
  .on('connect', refuseTunnel)
const connections = trackConnections(server)
// Before the warm-up: a stop asked for while warming up is as graceful as any other.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => shutdown(signal))
if (settings.warmupSeconds > 0) await warm(settings.warmupSeconds)
if (!stopping)
  server.listen(port, hostname, () => log.info(`HEROES portal listening on ${hostname}:${port}`))

function handleRequest(req, res) {
  if (refuse(req, res)) return
  if (!decodablePath(req.url ?? '/')) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    res.end('Bad Request: malformed URL encoding')
    return
  }
  if (stopping) {
    res.setHeader('connection', 'close')
    if (req.url?.startsWith('/api/ready')) {
      res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      res.end('{"status":"stopping"}')
      return
    }
  }
  // Only a POST can be a contact message (the JSON endpoint, the form's action); a page load is
  // spared the work (0.5–1.5% of a cached page's CPU, measured paired on one build).
  if (req.method === 'POST') stampClientAddress(req, settings.trustedProxyHops)
  // Before everything else a page's answer goes through: it is that answer, kept.
  if (pageCopies.serve(req, res)) return
  setHeaders(req, res)
  if (answerMetrics(req, res)) return
  // Before the compression and policy wrappers: a contact answer is a few bytes of JSON, which
  // neither compresses nor carries a policy; wrapping it cost 0.1–0.2 ms of a message's 2–3 ms.
  if (answerContact(req, res)) return
  notFoundPage.guard(req)
  mapToFolder(req, res)
  compress(req, res, () => {
    applyPolicy(req, res)
    renderGuard.run(() => handle(req, res))
  })
}

async function warm(seconds) {
  log.info(`warming up for ${seconds} s before listening on ${hostname}:${port}`)
  const warming = http.createServer(handleRequest)
  await new Promise((resolve) => warming.listen(0, '127.0.0.1', resolve))
  const { paths, requests } = await warmUp({
    origin: `http://127.0.0.1:${warming.address().port}`,
    seconds,
  })
  warming.closeAllConnections()
  warming.close()
  log.info(`warmed up: ${requests} requests over ${paths.length} routes in ${seconds} s`)
}

function shutdown(signal) {
  if (stopping) return
  stopping = true
  connections.closeAfterAnswers()
  log.info(`${signal}: finishing requests in flight, then stopping`)
  const deadline = setTimeout(() => {
    log.warn(`requests still open after ${graceMs / 1000} s: closing them`)
    server.closeAllConnections()
  }, graceMs)
  deadline.unref()
  // After the delay, one more turn for I/O first: a request whose bytes arrived while the event
  // loop was busy is read (and so in flight) before idle connections are closed, not reset.
  setTimeout(
    () =>
      setImmediate(() => {
        // close() stops accepting, closes idle connections and calls back once the requests in
        // flight have been answered.
        server.close(async () => {
          await app.close().catch((error) => log.error(error))
          flushLogs()
          process.exit(0)
        })
      }),
    delayMs,
  )
}

function decodablePath(url) {
  const path = url.split('?', 1)[0]
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}
