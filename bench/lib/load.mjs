// One bounded load run, reduced to the figures the report prints. The load generator is Debian's
// `wrk` (C, one thread by default: BENCH_WRK_THREADS) with ./wrk-report.lua for its percentiles:
// on this machine it drives the bare Node server well past what any server measured here serves,
// where autocannon (JavaScript) saturated first (docs/performance.md, "The 23:15 session").
// Without wrk installed, or for a fixed number of requests (`amount`), autocannon does it, and a
// line says so.
import { execFile, execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

const REPORT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk-report.lua')

let wrkPath
/** The wrk binary, or null when it is not installed (then autocannon is used). */
export function wrkBinary() {
  if (wrkPath !== undefined) return wrkPath
  try {
    wrkPath = execFileSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).trim() || null
  } catch {
    wrkPath = null
  }
  if (!wrkPath) console.log('load: wrk not found, using autocannon (it saturates sooner)')
  return wrkPath
}

/**
 * @param {{ url: string, connections?: number, duration?: number, amount?: number,
 *   headers?: Record<string, string>, generator?: 'wrk' | 'autocannon' }} options
 */
export async function load({ url, connections = 50, duration = 5, amount, generator, ...options }) {
  const target = new URL(url)
  if (!['127.0.0.1', 'localhost'].includes(target.hostname)) throw new Error('loopback only')
  const useWrk = generator !== 'autocannon' && amount === undefined && wrkBinary()
  if (useWrk) return wrk({ url, connections, duration, headers: options.headers ?? {} })
  const result = await autocannon({
    url,
    connections,
    duration,
    amount,
    timeout: 10,
    ...options,
  })
  return {
    generator: 'autocannon',
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    sent: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerResponse: result['2xx'] ? Math.round(result.throughput.total / result['2xx']) : 0,
  }
}

async function wrk({ url, connections, duration, headers }) {
  const threads = Math.max(1, Number(process.env.BENCH_WRK_THREADS ?? 1))
  const args = [
    `-t${Math.min(threads, connections)}`,
    `-c${connections}`,
    `-d${Math.max(1, Math.round(duration))}s`,
    '--timeout',
    '10s',
    '-s',
    REPORT,
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    url,
  ]
  const stdout = await new Promise((resolve, reject) =>
    execFile(wrkBinary(), args, { timeout: (duration + 30) * 1000 }, (error, out, err) =>
      error ? reject(new Error(`wrk failed: ${err || error.message}`)) : resolve(out),
    ),
  )
  const line = stdout.split('\n').find((l) => l.startsWith('{"requests"'))
  if (!line) throw new Error(`wrk printed no summary: ${stdout}`)
  const r = JSON.parse(line)
  const ms = (us) => Math.round(us / 10) / 100
  // wrk counts an answer of 4xx/5xx as a "status" error; read, write and connect errors and
  // timeouts are requests that got no answer.
  const ok = r.requests - r.status
  return {
    generator: 'wrk',
    rps: r.requests / (r.durationUs / 1e6),
    p50: ms(r.p50),
    p99: ms(r.p99),
    max: ms(r.max),
    sent: r.requests + r.timeout,
    ok,
    non2xx: r.status,
    errors: r.connect + r.read + r.write + r.timeout,
    bytesPerResponse: r.requests ? Math.round(r.bytes / r.requests) : 0,
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
