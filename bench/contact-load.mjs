// Contact POST at a bounded rate against a running portal (loopback only): latency, and the
// count sent against the count stored (a message acknowledged but lost would show here).
// `node bench/contact-load.mjs http://127.0.0.1:3100 <staff email> <password> [rate] [seconds]`
// The portal must trust one proxy hop (TRUSTED_PROXY_HOPS=1, as `npm run bench` and the browser
// tests start it): each message plays its own visitor by X-Forwarded-For.
import { pathToFileURL } from 'node:url'

import { paced } from './lib/paced.mjs'
import { staffToken } from './lib/staff.mjs'

export async function contactAtRate({ base, headers, rate = 200, seconds = 10 }) {
  const run = `load-${Date.now()}`
  const started = performance.now()
  // Evenly spaced arrivals, latency from each message's due time (./lib/paced.mjs).
  const result = await paced({
    url: new URL('/api/contact', base).href,
    rate,
    seconds,
    request: (n) => ({
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // One client address per message, so the per-client limit does not apply.
        'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      },
      body: JSON.stringify({
        name: `${run} ${n}`,
        email: `load${n}@example.eu`,
        topic: 'other',
        message: `Load test message ${n}`,
        consent: true,
        locale: 'en',
      }),
    }),
  })
  const tookSeconds = (performance.now() - started) / 1000
  const stored = await fetch(
    new URL(`/api/form-submissions?where[name][like]=${run}&limit=1&depth=0`, base),
    { headers },
  )
  if (!stored.ok) throw new Error(`counting stored messages failed: ${stored.status}`)
  return { rate, seconds, tookSeconds, ...result, stored: (await stored.json()).totalDocs }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [base = 'http://127.0.0.1:3100', email, password, rate = '200', seconds = '10'] =
    process.argv.slice(2)
  if (!email || !password) throw new Error('usage: contact-load.mjs <base> <email> <password>')
  const headers = await staffToken(base, { email, password })
  const result = await contactAtRate({
    base,
    headers,
    rate: Number(rate),
    seconds: Number(seconds),
  })
  console.log(JSON.stringify(result))
}
