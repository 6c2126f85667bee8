// Starting and stopping the servers the benchmark measures, and reading their memory.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

/** `next start` for the app in `dir` on loopback; its own process group so it stops whole. */
export function startNext({ dir = '.', port, env, log }) {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', dir, '-p', String(port), '-H', '127.0.0.1'],
    { env, stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')], detached: true },
  )
  return { child, url: `http://127.0.0.1:${port}`, stop: () => stopGroup(child) }
}

/**
 * The portal as production runs it (`npm start` = scripts/server.mjs, which wraps Next's request
 * handler), on loopback in its own process group.
 */
export function startPortal({ port, env, log, nodeArgs = [] }) {
  const child = spawn(process.execPath, [...nodeArgs, 'scripts/server.mjs'], {
    // As behind one proxy: the contact load plays one visitor per message by X-Forwarded-For.
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1', TRUSTED_PROXY_HOPS: '1' },
    stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')],
    detached: true,
  })
  return { child, url: `http://127.0.0.1:${port}`, stop: () => stopGroup(child) }
}

/** The physical limit (bench/bare-server.mjs), in its own process like the others. */
export function startBare({ port, manifest, log }) {
  const child = spawn(process.execPath, ['bench/bare-server.mjs', String(port), manifest], {
    stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')],
    detached: true,
  })
  return { child, url: `http://127.0.0.1:${port}`, stop: () => stopGroup(child) }
}

export function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {}
}

/**
 * Fails when a port the benchmark is about to use is taken: a server left running there would
 * answer in place of the one started, and be measured without its CPU or memory.
 */
export async function assertPortsFree(ports) {
  for (const port of ports) {
    const free = await new Promise((resolve) => {
      const probe = net.createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (!free) throw new Error(`port ${port} is in use: stop what listens there, or set BENCH_PORT`)
  }
}

export async function waitFor(url, seconds = 90) {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`no answer from ${url} within ${seconds} s`)
}

/** Calls `visit(pid, statFields)` for every process in a process group (`next start` forks a worker). */
function forEachInGroup(pgid, visit) {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid) visit(entry, fields)
    } catch {}
  }
}

/** Resident memory (bytes) of every process in a process group. */
export function groupRss(pgid) {
  let total = 0
  forEachInGroup(pgid, (pid) => {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024
  })
  return total
}

/** CPU milliseconds (user + system) a process group has used so far (Linux, 100 ticks/s). */
export function groupCpuMs(pgid) {
  let ticks = 0
  forEachInGroup(pgid, (_pid, fields) => {
    ticks += Number(fields[11]) + Number(fields[12])
  })
  return ticks * 10
}

/**
 * Runs `work` (a load) while sampling the group's memory; returns its result, the peak RSS and
 * the CPU time the group spent. CPU time per request holds up on a busy machine far better than
 * requests per second, which depend on how much of the CPU other work leaves.
 */
export async function withPeakRss(pgid, work) {
  let peak = groupRss(pgid)
  const cpuBefore = groupCpuMs(pgid)
  const timer = setInterval(() => (peak = Math.max(peak, groupRss(pgid))), 250)
  try {
    const result = await work()
    const answered = result.ok + result.non2xx || 1
    return {
      result: { ...result, cpuMsPerRequest: (groupCpuMs(pgid) - cpuBefore) / answered },
      peakRss: Math.max(peak, groupRss(pgid)),
    }
  } finally {
    clearInterval(timer)
  }
}

/**
 * Waits until a server's process group is idle (under 5% of a core for half a second), at most
 * `maxMs`: work left over from the step before (pages regenerated after a publish) is not
 * counted against the next measurement. Returns the milliseconds waited.
 */
export async function settle(pgid, { maxMs = 15_000 } = {}) {
  const started = Date.now()
  for (;;) {
    const before = groupCpuMs(pgid)
    await new Promise((r) => setTimeout(r, 500))
    if (groupCpuMs(pgid) - before < 25 || Date.now() - started > maxMs) return Date.now() - started
  }
}
