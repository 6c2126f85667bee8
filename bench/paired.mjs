// Paired rounds on one build: the portal under two settings (or the portal beside the minimal
// app / the bare server) loaded in turn with the same load, rounds interleaved, so a busy moment
// on the shared machine lands on both. Per server and page: requests/s, p50/p99/max latency, CPU
// milliseconds a request (its process group, from /proc), and with METRICS_TOKEN's scrape of the
// portal the event loop's delay and garbage collection during the load.
// Reuses what `npm run bench` (or `-- --quick`) left: the build (.next), the seeded database and
// the minimal app's build and pages (.bench/).
//
//   node bench/paired.mjs [--rounds 3] [--seconds 5] [--connections 50] [--paths /en,/en/press]
//     [--minimal] [--bare] VARIANT...
// A VARIANT is `name:NAME=value,NAME=value` (environment for one portal; NODE_ARGS, split at
// spaces, are Node's own arguments, e.g. `--cpu-prof`, which NODE_OPTIONS refuses), e.g.
// `node bench/paired.mjs copy-off:PAGE_COPY_MS=0 copy-on:PAGE_COPY_MS=1000`. At most three
// servers (BENCH_PORT .. +2).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { portalEnv } from './lib/environment.mjs'
import { load, median } from './lib/load.mjs'
import { minimalEnv } from './lib/minimal.mjs'
import { discoverPages, fetchEncoded } from './lib/pages.mjs'
import {
  assertPortsFree,
  groupCpuMs,
  startBare,
  startNext,
  startPortal,
  waitFor,
} from './lib/servers.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    paths: { type: 'string', default: '/en,/en/press' },
    minimal: { type: 'boolean', default: false },
    bare: { type: 'boolean', default: false },
  },
})
const port = Number(process.env.BENCH_PORT ?? 3400)
const work = path.resolve('.bench')
const TOKEN = 'paired-metrics-token-0123456789abcdef'
const headers = { 'accept-encoding': 'gzip, deflate, br' }
const paths = values.paths.split(',')
const variants = positionals.map((spec) => {
  const [name, settings = ''] = spec.split(':')
  const env = Object.fromEntries(
    settings
      .split(',')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  )
  return { name, env }
})
const slots = variants.length + Number(values.minimal) + Number(values.bare)
if (slots === 0 || slots > 3) throw new Error('one to three servers: variants, --minimal, --bare')
// A server stopped just before (a previous run) may hold its port for a second more.
for (let attempt = 1; ; attempt++) {
  try {
    await assertPortsFree(Array.from({ length: slots }, (_, i) => port + i))
    break
  } catch (error) {
    if (attempt === 10) throw error
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

const servers = []
process.on('exit', () => servers.forEach((s) => s.server.stop()))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

let next = port
for (const { name, env } of variants) {
  const p = next++
  const { NODE_ARGS: nodeArgs = '', ...rest } = env
  const server = startPortal({
    nodeArgs: nodeArgs.split(' ').filter(Boolean),
    port: p,
    env: portalEnv({
      dbFile: path.join(work, 'heroes.db'),
      port: p,
      extra: { METRICS_TOKEN: TOKEN, ...rest },
    }),
    log: path.join(work, `paired-${name}.log`),
  })
  servers.push({ name, server, url: (page) => server.url + page, portal: true })
}
// The references answer by page id (bench/run.mjs wrote their pages), found as bench/run.mjs
// finds them.
if (!variants.length) throw new Error('at least one portal variant')
await waitFor(servers[0].server.url + '/api/health')
const ids = Object.fromEntries(
  (await discoverPages(servers[0].server.url, process.env.BENCH_LOCALE ?? 'cs')).map((p) => [
    p.path,
    p.id,
  ]),
)
if (values.minimal) {
  const server = startNext({
    dir: 'bench/minimal',
    port: next++,
    env: minimalEnv(path.join(work, 'minimal-pages.json')),
    log: path.join(work, 'paired-minimal.log'),
  })
  servers.push({ name: 'minimal', server, url: (page) => `${server.url}/${ids[page]}` })
}
if (values.bare) {
  // The bare server sends the portal's own brotli bytes (bench/bare-server.mjs): these, from this build.
  const manifest = JSON.parse(fs.readFileSync(path.join(work, 'bare.json'), 'utf8'))
  for (const [page, id] of Object.entries(ids)) {
    const encoded = await fetchEncoded(servers[0].server.url + page, headers['accept-encoding'])
    if (encoded.encoding === 'br' && manifest[`/${id}`])
      fs.writeFileSync(`${manifest[`/${id}`]}.br`, encoded.bytes)
  }
  const server = startBare({
    port: next++,
    manifest: path.join(work, 'bare.json'),
    log: path.join(work, 'paired-bare.log'),
  })
  servers.push({ name: 'bare', server, url: (page) => `${server.url}/${ids[page]}` })
}
for (const s of servers) await waitFor(s.url(paths[0]))

/** Event-loop delay and GC of a portal since its last scrape (prom-client resets the former). */
async function scrape(s) {
  if (!s.portal) return null
  const text = await fetch(s.server.url + '/api/metrics', {
    headers: { authorization: `Bearer ${TOKEN}` },
  }).then((r) => r.text())
  const value = (name) =>
    Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1])
  let gcCount = 0
  let gcSeconds = 0
  for (const [, stat, v] of text.matchAll(
    /^heroes_nodejs_gc_duration_seconds_(count|sum)\{kind="\w+"\} (\S+)$/gm,
  ))
    if (stat === 'count') gcCount += Number(v)
    else gcSeconds += Number(v)
  return {
    loopP99Ms: value('heroes_nodejs_eventloop_lag_p99_seconds') * 1000,
    loopMaxMs: value('heroes_nodejs_eventloop_lag_max_seconds') * 1000,
    gcCount,
    gcMs: gcSeconds * 1000,
    copies: value('heroes_page_copies_served_total'),
  }
}

const results = {}
for (const page of paths)
  for (const s of servers)
    await load({
      url: s.url(page),
      headers,
      duration: Number(values.warmup),
      connections: Number(values.connections),
    })
for (let round = 0; round < Number(values.rounds); round++) {
  // Alternating order: no server always goes first after a pause.
  const order = round % 2 ? [...servers].reverse() : servers
  for (const page of paths)
    for (const s of order) {
      const before = await scrape(s)
      const cpu = groupCpuMs(s.server.child.pid)
      const r = await load({
        url: s.url(page),
        headers,
        duration: Number(values.seconds),
        connections: Number(values.connections),
      })
      const after = await scrape(s)
      const row = {
        rps: r.rps,
        p50: r.p50,
        p99: r.p99,
        max: r.max,
        cpuMs: (groupCpuMs(s.server.child.pid) - cpu) / (r.ok + r.non2xx || 1),
        non2xx: r.non2xx,
        errors: r.errors,
        ...(after
          ? {
              loopP99Ms: after.loopP99Ms,
              loopMaxMs: after.loopMaxMs,
              gcPerS: (after.gcCount - before.gcCount) / Number(values.seconds),
              gcMsPerS: (after.gcMs - before.gcMs) / Number(values.seconds),
              copied: (after.copies - before.copies) / (r.ok || 1),
            }
          : {}),
      }
      ;((results[page] ??= {})[s.name] ??= []).push(row)
      console.log(
        `round ${round + 1} ${page} ${s.name}: ${Math.round(r.rps)} req/s p50 ${r.p50} p99 ${r.p99} max ${r.max} ms, ${row.cpuMs.toFixed(3)} CPU ms/req` +
          (after
            ? `, loop p99 ${row.loopP99Ms.toFixed(1)} max ${row.loopMaxMs.toFixed(1)} ms, GC ${row.gcPerS.toFixed(1)}/s ${row.gcMsPerS.toFixed(1)} ms/s, copied ${(row.copied * 100).toFixed(0)} %`
            : ''),
      )
    }
}
console.log(
  `\nmedians of ${values.rounds} rounds, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}:`,
)
for (const page of paths) {
  const first = servers[0].name
  for (const s of servers) {
    const rows = results[page][s.name]
    const m = (key) => median(rows.map((r) => r[key]))
    const ratio = (key) =>
      s.name === first
        ? ''
        : ` (${(m(key) / median(results[page][first].map((r) => r[key]))).toFixed(2)}× ${first})`
    console.log(
      `${page} ${s.name}: ${Math.round(m('rps'))} req/s${ratio('rps')}, p99 ${m('p99')} ms${ratio('p99')}, ${m('cpuMs').toFixed(3)} CPU ms/req${ratio('cpuMs')}`,
    )
  }
}
fs.writeFileSync(path.join(work, 'paired.json'), JSON.stringify(results, null, 2))
process.exit(0)
