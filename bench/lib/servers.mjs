// Starting and stopping the servers the benchmark measures, and reading their memory.
import { spawn } from 'node:child_process'
import fs from 'node:fs'

/** `next start` for the app in `dir` on loopback; its own process group so it stops whole. */
export function startNext({ dir = '.', port, env, log }) {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', dir, '-p', String(port), '-H', '127.0.0.1'],
    { env, stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')], detached: true },
  )
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

/** Resident memory (bytes) of every process in a process group: `next start` forks a worker. */
export function groupRss(pgid) {
  let total = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024
    } catch {}
  }
  return total
}

/** Samples a group's memory while `work` runs; returns the work's result and the peak. */
export async function withPeakRss(pgid, work) {
  let peak = groupRss(pgid)
  const timer = setInterval(() => (peak = Math.max(peak, groupRss(pgid))), 250)
  try {
    const result = await work()
    return { result, peakRss: Math.max(peak, groupRss(pgid)) }
  } finally {
    clearInterval(timer)
  }
}
