// Each page at one fixed arrival rate, open loop (bench/lib/paced.mjs), on every server in turn:
// closed-loop saturation measures how two servers share two cores with the load generator as
// much as what a request costs; at a rate all of them sustain, CPU per request and the latency
// tail are each server's own.
import { paced } from './paced.mjs'
import { settle, withPeakRss } from './servers.mjs'

export async function fixedRate({ servers, url, rate, seconds, warmup, headers }) {
  const request = () => ({ headers })
  const results = {}
  for (const [name, server] of servers) {
    await settle(server.child.pid)
    await paced({ url: url(name), rate, seconds: warmup, request })
    const { result, peakRss } = await withPeakRss(server.child.pid, () =>
      paced({ url: url(name), rate, seconds, request }),
    )
    results[name] = { ...result, peakRss }
  }
  return results
}
