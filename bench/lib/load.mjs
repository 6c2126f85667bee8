// One bounded load run with autocannon, reduced to the figures the report prints.
import autocannon from 'autocannon'

export async function load({ url, connections = 50, duration = 5, amount, ...options }) {
  const target = new URL(url)
  if (!['127.0.0.1', 'localhost'].includes(target.hostname)) throw new Error('loopback only')
  const result = await autocannon({
    url,
    connections,
    duration,
    amount,
    timeout: 10,
    ...options,
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    sent: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerResponse: result['2xx'] ? Math.round(result.throughput.total / result['2xx']) : 0,
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Several runs' results as one: each figure the median of the runs, which are kept beside. */
export function medianResult(results) {
  const merged = { runs: results.map(({ rps, p99 }) => ({ rps, p99 })) }
  for (const [key, value] of Object.entries(results[0]))
    merged[key] = typeof value === 'number' ? median(results.map((r) => r[key])) : value
  return merged
}
