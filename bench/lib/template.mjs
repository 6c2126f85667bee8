// Payload's website template (payloadcms/payload, templates/website) as the portal's peer: the
// same stack's own reference site, built outside this repository on SQLite (docs/performance.md,
// "Payload's website template", says how). `BENCH_TEMPLATE_DIR` names its built folder; without
// it the comparison is not run, and the report says so.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { load, medianResult } from './load.mjs'
import { stopGroup, waitFor, withPeakRss } from './servers.mjs'

/** The template's built folder, or why it cannot be used. */
export function templateDir(dir = process.env.BENCH_TEMPLATE_DIR) {
  if (!dir) return { missing: 'BENCH_TEMPLATE_DIR is not set' }
  const root = path.resolve(dir)
  for (const needed of ['.next/BUILD_ID', 'node_modules/next/dist/bin/next'])
    if (!fs.existsSync(path.join(root, needed)))
      return { missing: `${path.join(root, needed)} not found (build the template first)` }
  return { root }
}

/** `next start` of the template with its own Next, in its folder (it reads its own .env). */
export function startTemplate({ root, port, log }) {
  const env = { ...process.env, NODE_ENV: 'production', PORT: String(port) }
  delete env.NODE_OPTIONS
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      env,
      stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')],
      detached: true,
    },
  )
  return { child, url: `http://127.0.0.1:${port}`, stop: () => stopGroup(child) }
}

/** The template's home and the first post its post list links to. */
export async function templatePages(base) {
  await waitFor(`${base}/`, 120)
  const list = await (await fetch(`${base}/posts`)).text()
  const post = /href="(\/posts\/[a-z0-9-]+)"/.exec(list)?.[1]
  if (!post) throw new Error(`the template's /posts lists no post: is it seeded?`)
  return { home: '/', post }
}

/**
 * Each pair's pages on every server, measured in turn for `rounds` interleaved rounds after a
 * warm-up: requests/s, p50/p99/max and CPU ms a request (the process group's), medians.
 * @param {{ servers: Record<string, { child: import('node:child_process').ChildProcess }>,
 *   pairs: { name: string, urls: Record<string, string> }[], connections: number,
 *   duration: number, warmup: number, rounds: number, headers: Record<string, string> }} options
 */
export async function sideBySide({
  servers,
  pairs,
  connections,
  duration,
  warmup,
  rounds,
  headers,
}) {
  const rows = []
  for (const pair of pairs) {
    const names = Object.keys(pair.urls)
    for (const name of names)
      await load({ url: pair.urls[name], connections, headers, duration: warmup })
    const runs = Object.fromEntries(names.map((name) => [name, []]))
    for (let round = 0; round < rounds; round++)
      for (const name of names) {
        const { result } = await withPeakRss(servers[name].child.pid, () =>
          load({ url: pair.urls[name], connections, headers, duration }),
        )
        runs[name].push(result)
      }
    const row = { name: pair.name, urls: pair.urls, runs }
    for (const name of names) row[name] = medianResult(runs[name])
    rows.push(row)
    console.log(
      `${pair.name}: ` +
        names
          .map((name) => {
            const r = row[name]
            return `${name} ${Math.round(r.rps)} req/s p99 ${r.p99} ms max ${r.max} ms`
          })
          .join('; '),
    )
  }
  return rows
}
