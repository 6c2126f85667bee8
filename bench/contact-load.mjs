// A bounded load of valid contact submissions against a running portal (loopback only):
// `node bench/contact-load.mjs http://127.0.0.1:3100 300 10` → status counts and latency.
// Each request carries its own X-Forwarded-For so the per-client limit does not apply.
const [base = 'http://127.0.0.1:3100', total = '300', concurrency = '10'] = process.argv.slice(2)
const url = new URL('/api/contact', base)
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error('loopback only')

const run = `load-${Date.now()}`
const latencies = []
const statuses = {}
let next = 0
async function worker() {
  while (next < Number(total)) {
    const i = next++
    const started = performance.now()
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      },
      body: JSON.stringify({
        name: `${run} ${i}`,
        email: `load${i}@example.eu`,
        topic: 'other',
        message: `Load test message ${i}`,
        consent: true,
        locale: 'en',
      }),
    })
    await response.arrayBuffer()
    latencies.push(performance.now() - started)
    statuses[response.status] = (statuses[response.status] ?? 0) + 1
  }
}
const started = performance.now()
await Promise.all(Array.from({ length: Number(concurrency) }, worker))
const seconds = (performance.now() - started) / 1000
latencies.sort((a, b) => a - b)
const pct = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1)
console.log(
  JSON.stringify({
    run,
    sent: Number(total),
    statuses,
    seconds: seconds.toFixed(2),
    perSecond: (Number(total) / seconds).toFixed(0),
    p50ms: pct(50),
    p99ms: pct(99),
  }),
)
