// What the server's per-request tracking costs (scripts/serve/requests.mjs: id, X-Request-Id,
// one JSON log line, three metric updates): CPU time per request of an HTTP server answering a
// 20 kB page with and without it, in interleaved rounds, logs written to /dev/null as a
// collector's pipe would take them. `node bench/request-tracking.mjs [rounds] [requests]`
import http from 'node:http'
import fs from 'node:fs'

import autocannon from 'autocannon'
import pino from 'pino'

import { lineOptions } from '../lib/logger.mjs'
import { createRequestTracker } from '../scripts/serve/requests.mjs'

const [rounds = 3, requests = 20_000] = process.argv.slice(2).map(Number)
const page = Buffer.from('<!doctype html>' + 'x'.repeat(20_000))
const log = pino(
  lineOptions('info'),
  pino.destination({ dest: fs.openSync('/dev/null', 'w'), sync: false, minLength: 8192 }),
)
const track = createRequestTracker({ trustedHops: 0, log })

async function round(tracked) {
  const server = http.createServer((req, res) => {
    if (tracked) track(req, res)
    res.setHeader('x-nextjs-cache', 'HIT')
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(page)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const before = process.cpuUsage()
  const started = performance.now()
  const result = await autocannon({
    url: `http://127.0.0.1:${server.address().port}/en/press/x`,
    connections: 10,
    amount: requests,
  })
  const cpu = process.cpuUsage(before)
  server.close()
  // The load generator runs in this process too: its share is the same in both rounds.
  return {
    tracked,
    cpuUsPerRequest: (cpu.user + cpu.system) / result.requests.total,
    seconds: (performance.now() - started) / 1000,
  }
}

const results = { tracked: [], bare: [] }
for (let i = 0; i < rounds; i++) {
  for (const tracked of i % 2 ? [true, false] : [false, true]) {
    const r = await round(tracked)
    results[tracked ? 'tracked' : 'bare'].push(r.cpuUsPerRequest)
  }
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]
console.log(
  JSON.stringify({
    cpuUsPerRequest: {
      bare: results.bare.map(Math.round),
      tracked: results.tracked.map(Math.round),
    },
    addedUsMedian: Math.round(median(results.tracked) - median(results.bare)),
  }),
)
