// Open-loop load at a fixed arrival rate: request i is due at start + i/rate, whatever the server
// is doing, and its latency counts from when it was due (so a stalled server cannot hide its
// queue, the "coordinated omission" wrk2 corrects for). autocannon's own rate limit is a quota per
// connection per second, sent back to back at each second's tick: that measures a burst of
// `rate` requests, not a rate, and its correction assumes a 1 ms interval (Math.ceil(1 / rate)).
import http from 'node:http'

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0

export async function paced({ url, rate, seconds, request, maxSockets = 256, timeoutMs = 10_000 }) {
  const target = new URL(url)
  if (!['127.0.0.1', 'localhost'].includes(target.hostname)) throw new Error('loopback only')
  const agent = new http.Agent({ keepAlive: true, maxSockets })
  const total = Math.round(rate * seconds)
  const latencies = []
  const statuses = {}
  let errors = 0
  let maxInFlight = 0
  let inFlight = 0
  let lastEnd = 0

  // How late this process itself sent a message: its own pauses, not the server's.
  let lateMax = 0
  const send = (i, due) =>
    new Promise((resolve) => {
      lateMax = Math.max(lateMax, performance.now() - due)
      const { method = 'GET', headers = {}, body } = request(i)
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      const done = (status) => {
        inFlight--
        lastEnd = performance.now()
        if (status) {
          statuses[status] = (statuses[status] ?? 0) + 1
          latencies.push(lastEnd - due)
        } else errors++
        resolve()
      }
      const req = http.request(target, { method, headers, agent, timeout: timeoutMs }, (res) => {
        res.on('data', () => {})
        res.on('end', () => done(res.statusCode))
        res.on('error', () => done(0))
      })
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', () => done(0))
      req.end(body)
    })

  const start = performance.now()
  const pending = []
  for (let i = 0; i < total;) {
    const now = performance.now()
    // Send everything already due, then sleep until the next one is.
    while (i < total && start + (i * 1000) / rate <= now) {
      pending.push(send(i, start + (i * 1000) / rate))
      i++
    }
    if (i < total) {
      const wait = start + (i * 1000) / rate - performance.now()
      await new Promise((r) => setTimeout(r, Math.max(0, wait)))
    }
  }
  await Promise.all(pending)
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const ok = Object.entries(statuses)
    .filter(([s]) => s >= 200 && s < 300)
    .reduce((n, [, c]) => n + c, 0)
  const round = (ms) => Math.round(ms * 10) / 10
  return {
    rps: Math.round((latencies.length / (lastEnd - start)) * 1000),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    sent: total,
    ok,
    non2xx: latencies.length - ok,
    errors,
    maxInFlight,
    sentLateMax: round(lateMax),
  }
}
