// `npm start`: the built portal behind Node's own HTTP server, for two things `next start` lacks.
// 1. A path with broken percent-encoding (`/en/%ff`) makes Next answer a bare 500 (it tries a
//    `/400` page the app router does not have); here it gets a 400 before Next sees it.
// 2. SIGTERM (a deploy, a scale-down) is graceful and exits 0 (`next start` exits 143): for
//    SHUTDOWN_DELAY_SECONDS the server keeps serving but /api/ready answers 503, so a load
//    balancer stops sending traffic and connections already queued are still accepted; then it
//    stops accepting, lets requests in flight finish and exits. A request still running
//    SHUTDOWN_GRACE_SECONDS after the signal is cut.
import http from 'node:http'

import next from 'next'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME ?? '0.0.0.0'
const delayMs = Number(process.env.SHUTDOWN_DELAY_SECONDS ?? 1) * 1000
const graceMs = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 25) * 1000

// Next compares its rewrites' origin with this name, and writes loopback as `localhost`: told
// 127.0.0.1 it would proxy the localized paths (`/de/presse`) to itself in a loop
// (vercel/next.js#94745). The socket below still binds to `hostname`.
const loopback = ['127.0.0.1', '::1'].includes(hostname)
const app = next({ dev: false, hostname: loopback ? 'localhost' : hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

let stopping = false
const server = http.createServer((req, res) => {
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
  handle(req, res)
})
server.listen(port, hostname, () => console.log(`HEROES portal listening on ${hostname}:${port}`))

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => shutdown(signal))

function shutdown(signal) {
  if (stopping) return
  stopping = true
  console.log(`${signal}: finishing requests in flight, then stopping`)
  const deadline = setTimeout(() => {
    console.error(`requests still open after ${graceMs / 1000} s: closing them`)
    server.closeAllConnections()
  }, graceMs)
  deadline.unref()
  setTimeout(() => {
    // close() stops accepting and calls back once the requests in flight have been answered.
    server.close(async () => {
      await app.close().catch((error) => console.error(error))
      process.exit(0)
    })
    server.closeIdleConnections()
  }, delayMs)
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
