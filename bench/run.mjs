// `npm run bench` (`-- --smoke` for CI's short check): builds the portal on a fresh seeded SQLite
// database, serves it as production does (`npm start`, scripts/server.mjs), and measures it beside
// a minimal Next.js app and a bare Node server (loopback only). Prints Markdown tables; a full run
// writes docs/performance.md.
// `-- --quick` (for iterating on a change): throughput, CPU per request and first-load JS only,
// shorter loads, written to .bench/ but not to the docs; `BENCH_PAGES=home,members` picks page
// types (by the first word of their name) in any run, and keeps that run out of the docs too.
import { execFileSync, execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as prettier from 'prettier'

import { contactAtRate } from './contact-load.mjs'
import { portalEnv, step } from './lib/environment.mjs'
import { firstLoadJs } from './lib/first-load.mjs'
import { fixedRate } from './lib/fixed-rate.mjs'
import { lighthouseRuns } from './lib/lighthouse.mjs'
import { load, medianResult, wrkBinary } from './lib/load.mjs'
import { buildMinimal, LATIN1_SUFFIX, minimalEnv } from './lib/minimal.mjs'
import { NGINX, startNginx } from './lib/nginx.mjs'
import { discoverPages, fetchEncoded, PAGE_TYPES } from './lib/pages.mjs'
import { renderReport } from './lib/report.mjs'
import {
  assertPortsFree,
  settle,
  startBare,
  startNext,
  startPortal,
  waitFor,
  withPeakRss,
} from './lib/servers.mjs'
import { staffToken } from './lib/staff.mjs'
import { sideBySide, startTemplate, templateDir, templatePages } from './lib/template.mjs'
import { approveVisible, publishVisible } from './publish-visible.mjs'

const args = new Set(process.argv.slice(2))
// The portal at years of content is its own run (bench/volume/run.mjs).
if (args.has('--volume')) {
  await import('./volume/run.mjs')
  process.exit(0)
}
const smoke = args.has('--smoke')
const port = Number(process.env.BENCH_PORT ?? 3400)
const locale = process.env.BENCH_LOCALE ?? 'cs'
const quick = args.has('--quick')
const rate = Number(process.env.BENCH_RATE ?? 400)
if (!(rate > 0))
  throw new Error(
    `BENCH_RATE must be a positive number of requests/s, not "${process.env.BENCH_RATE}"`,
  )
const picked = process.env.BENCH_PAGES?.split(',')
const types = picked
  ? PAGE_TYPES.filter((t) => picked.some((name) => t.type.replaceAll(' ', '-').startsWith(name)))
  : PAGE_TYPES
const settings = smoke
  ? {
      connections: 10,
      duration: 2,
      warmup: 0.5,
      rounds: 1,
      types: PAGE_TYPES.slice(0, 1),
      locales: ['en'],
    }
  : quick
    ? { connections: 20, duration: 3, warmup: 1, rounds: 1, types, locales: ['en', locale] }
    : { connections: 50, duration: 4, warmup: 3, rounds: 3, types, locales: ['en', locale] }
const extras = !smoke && !quick

const work = path.resolve('.bench')
fs.mkdirSync(work, { recursive: true })
const dbFile = path.join(work, 'heroes.db')
const env = portalEnv({ dbFile, port })
const sh = (cmd, cmdArgs, minutes) =>
  execFileSync(cmd, cmdArgs, {
    stdio: 'inherit',
    env,
    timeout: minutes * 60_000,
    killSignal: 'SIGKILL',
  })

const started = { load: os.loadavg()[0] }
const servers = []
process.on('exit', () => servers.forEach((s) => s.stop()))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

const template = smoke ? { missing: 'not in the smoke run' } : templateDir()
// The portal, the minimal app, the bare server, nginx and Payload's website template.
await assertPortsFree([port, port + 1, port + 2, port + 3, ...(template.root ? [port + 4] : [])])

// Seeded fresh, as scripts/e2e.mjs does: the build prerenders pages from this database.
step('seed a fresh database')
for (const suffix of ['', '-shm', '-wal', '-journal']) fs.rmSync(dbFile + suffix, { force: true })
sh(process.execPath, ['scripts/ts.mjs', 'seed/run.ts'], 10)
// Test data in the benchmark's database only (the seed invents no events): the event pages.
sh(process.execPath, ['scripts/ts.mjs', 'tests/e2e/fixtures/events.ts'], 5)
const reuse = (smoke || quick) && fs.existsSync('.next/BUILD_ID') && !args.has('--build')
if (reuse || args.has('--no-build')) {
  step('reuse the existing build (.next)')
} else {
  step('build the portal')
  sh(process.execPath, ['scripts/clear-data-cache.mjs'], 1)
  sh(process.execPath, ['node_modules/next/dist/bin/next', 'build'], 30)
}

step('start the portal')
const portal = startPortal({ port, env, log: path.join(work, 'portal.log') })
servers.push(portal)
await waitFor(`${portal.url}/api/health`)
const pages = (await discoverPages(portal.url, locale, settings.types)).filter((p) =>
  settings.locales.includes(p.locale),
)

step('build and start the references')
// Asked as a browser asks: every browser accepts compressed pages, so each server answers the
// way visitors are served (Next's own compression on the minimal app, the portal's server with
// its per-ETag copies; the bare server the portal's brotli bytes as they are).
const browserHeaders = { 'accept-encoding': 'gzip, deflate, br' }
const manifest = {}
fs.mkdirSync(path.join(work, 'bare'), { recursive: true })
for (const page of pages) {
  const file = path.join(work, 'bare', `${page.id}.html`)
  fs.writeFileSync(file, page.bytes)
  // And the very bytes the portal sends a browser (brotli): the limit for the same transfer.
  const encoded = await fetchEncoded(portal.url + page.path, browserHeaders['accept-encoding'])
  if (encoded.encoding === 'br') fs.writeFileSync(`${file}.br`, encoded.bytes)
  manifest[`/${page.id}`] = file
}
fs.writeFileSync(path.join(work, 'bare.json'), JSON.stringify(manifest))
const bare = startBare({
  port: port + 2,
  manifest: path.join(work, 'bare.json'),
  log: path.join(work, 'bare.log'),
})
servers.push(bare)
const minimalPages = buildMinimal({
  pages,
  workDir: work,
  log: path.join(work, 'minimal-build.log'),
})
const minimal = startNext({
  dir: 'bench/minimal',
  port: port + 1,
  env: minimalEnv(minimalPages),
  log: path.join(work, 'minimal.log'),
})
servers.push(minimal)
await waitFor(`${bare.url}/`)
await waitFor(`${minimal.url}/${pages[0].id}`)
const minimalBytes = {}
for (const page of pages) {
  const response = await fetch(`${minimal.url}/${page.id}`)
  minimalBytes[page.id] = (await response.arrayBuffer()).byteLength
}

step('throughput and latency')
const urlOf = {
  portal: (p) => portal.url + p.path,
  minimal: (p) => `${minimal.url}/${p.id}`,
  bare: (p) => `${bare.url}/${p.id}`,
}
const peak = { portal: 0, minimal: 0, bare: 0 }
// Every page on every server first, before any row is measured: each of the portal's routes is
// its own code for the JIT to warm, while the minimal app's one route serves all its pages, so a
// warm-up of the row's page alone measured the portal's routes cold (docs/performance.md,
// "Since the 02:51 run"). A server on a press day has long been warm on every route.
for (const page of pages)
  for (const name of ['portal', 'minimal', 'bare'])
    await load({
      url: urlOf[name](page),
      connections: settings.connections,
      headers: browserHeaders,
      duration: settings.warmup,
    })
const throughput = []
for (const page of pages) {
  const row = {
    id: page.id,
    type: page.type,
    locale: page.locale,
    bytes: page.bytes.length,
    twoByte: page.twoByte,
  }
  const servers = Object.entries({ portal, minimal, bare })
  const options = (name) => ({
    url: urlOf[name](page),
    connections: settings.connections,
    headers: browserHeaders,
  })
  for (const [name] of servers) await load({ ...options(name), duration: settings.warmup })
  // Rounds alternate the servers, so a busy moment on the shared machine does not land on one
  // server only; each figure is the median of the rounds.
  const rounds = Object.fromEntries(servers.map(([name]) => [name, []]))
  for (let round = 0; round < settings.rounds; round++)
    for (const [name, server] of servers) {
      const { result, peakRss } = await withPeakRss(server.child.pid, () =>
        load({ ...options(name), duration: settings.duration }),
      )
      peak[name] = Math.max(peak[name], peakRss)
      rounds[name].push(result)
    }
  for (const [name] of servers) {
    const result = medianResult(rounds[name])
    row[name] = name === 'minimal' ? { ...result, bytes: minimalBytes[page.id] } : result
    const each = rounds[name].map((r) => Math.round(r.rps)).join(', ')
    console.log(
      `${page.id} ${name}: ${Math.round(result.rps)} req/s (${each}) p99 ${result.p99} ms`,
    )
  }
  throughput.push(row)
}

const notes = []
if (!wrkBinary())
  notes.push('wrk not found: every load was run by autocannon, which saturates sooner than wrk.')
// Payload's website template beside the portal and the framework's floor, as issue 25 compares
// them: its home and a post against the portal's home and a press release, 50 connections,
// three rounds interleaved.
let peer = null
if (template.root) {
  step("beside Payload's website template")
  const server = startTemplate({
    root: template.root,
    port: port + 4,
    log: path.join(work, 'template.log'),
  })
  servers.push(server)
  const theirs = await templatePages(server.url)
  const ours = (type) => pages.find((p) => p.type === type && p.locale === 'en')
  const pairs = [
    { name: 'home', page: ours('home'), template: theirs.home },
    { name: 'press release / post', page: ours('press detail'), template: theirs.post },
  ].filter((pair) => pair.page)
  peer = {
    template: theirs,
    rows: await sideBySide({
      servers: { portal, template: server, minimal },
      pairs: pairs.map(({ name, page, template: their }) => ({
        name,
        urls: {
          portal: urlOf.portal(page),
          template: server.url + their,
          minimal: urlOf.minimal(page),
        },
      })),
      connections: 50,
      duration: 4,
      warmup: 3,
      rounds: 3,
      headers: browserHeaders,
    }),
  }
  server.stop()
} else {
  notes.push(`Payload's website template not measured: ${template.missing}.`)
}
const atRate = []
if (extras) {
  step(`each page at ${rate} req/s (open loop)`)
  for (const page of pages) {
    const results = await fixedRate({
      servers: Object.entries({ portal, minimal, bare }),
      url: (name) => urlOf[name](page),
      rate,
      seconds: 6,
      warmup: 2,
      headers: browserHeaders,
    })
    atRate.push({ id: page.id, type: page.type, locale: page.locale, rate, ...results })
    const line = (r) => `p99 ${r.p99} ms, ${r.cpuMsPerRequest.toFixed(2)} CPU ms/req`
    console.log(`${page.id}: portal ${line(results.portal)}; minimal ${line(results.minimal)}`)
  }
}
const encoding = []
if (extras) {
  // The same page with and without characters above U+00FF, on the floor itself: does Next pay
  // for encoding two-byte strings to UTF-8 (a cost once measured on this stack)?
  step('UTF-8 serving cost (the minimal app, Latin-1 only or not)')
  const id = pages[0].id
  for (const [pageId, text] of [
    [id + LATIN1_SUFFIX, 'Latin-1 only'],
    [id, 'with characters above U+00FF'],
  ]) {
    const url = `${minimal.url}/${pageId}`
    const bytes = (await (await fetch(url)).arrayBuffer()).byteLength
    const options = { url, connections: settings.connections }
    await load({ ...options, duration: settings.warmup })
    const { result } = await withPeakRss(minimal.child.pid, () =>
      load({ ...options, duration: settings.duration }),
    )
    encoding.push({ name: 'minimal Next', text, bytes, ...result })
    console.log(
      `${text}: ${Math.round(result.rps)} req/s, ${result.cpuMsPerRequest.toFixed(2)} CPU ms/req`,
    )
  }
}
const behindProxy = []
const proxy = !extras
  ? null
  : startNginx({ port: port + 3, upstream: portal.url, dir: path.join(work, 'nginx') })
if (proxy) {
  step('behind the reverse-proxy cache (nginx)')
  servers.push(proxy)
  await waitFor(proxy.url + pages[0].path, 30)
  for (const page of pages) {
    const url = proxy.url + page.path
    await fetch(url).then((r) => r.arrayBuffer())
    const xCache = (await fetch(url)).headers.get('x-cache') ?? ''
    await load({ url, connections: settings.connections, duration: settings.warmup })
    const result = await load({
      url,
      connections: settings.connections,
      duration: settings.duration,
    })
    const bareRps = throughput.find((t) => t.id === page.id).bare.rps
    behindProxy.push({ id: page.id, xCache, ...result, bareRps })
    console.log(`${page.id} behind nginx (${xCache}): ${Math.round(result.rps)} req/s`)
  }
} else if (extras) {
  notes.push(`nginx not found at ${NGINX}: the reverse-proxy cache was not measured.`)
}

step('first-load JavaScript')
const firstLoad = { portal: firstLoadJs('.next'), minimal: firstLoadJs('bench/minimal/.next') }

let lighthouse = []
if (extras) {
  step('lighthouse (mobile)')
  const targets = [
    ...pages
      .filter((p) => p.locale === 'en')
      .map((p) => ({ name: p.type, url: portal.url + p.path })),
    ...pages
      .filter((p) => p.locale !== 'en' && p.type === 'home')
      .map((p) => ({ name: `home ${p.locale}`, url: portal.url + p.path })),
    { name: 'minimal Next (home size)', url: `${minimal.url}/${pages[0].id}` },
  ]
  lighthouse = await lighthouseRuns(targets, {
    port: port + 90,
    profileDir: path.join(work, 'chromium'),
    log: path.join(work, 'chromium.log'),
    beforeEach: async () => {
      for (const server of [portal, minimal]) await settle(server.child.pid)
    },
  })
}

let publish = null
let approval = null
let contact = null
if (!quick) {
  step('publish → visible, contact POST')
  const headers = await staffToken(portal.url, {
    email: 'bench@example.eu',
    password: 'bench-password-0123',
  })
  publish = await publishVisible({
    base: portal.url,
    headers,
    locales: smoke ? ['en'] : ['en', 'de', 'cs', 'lt'],
    runs: smoke ? 1 : 5,
  })
  step('approve → visible')
  approval = await approveVisible({
    base: portal.url,
    headers,
    locales: smoke ? ['lt'] : ['de', 'cs', 'lt'],
    runs: smoke ? 1 : 5,
  })
  console.log(`approve → visible: ${JSON.stringify(approval)}`)
  // Warm first (the first messages after start load and compile the endpoint's code), as every
  // throughput row is; then three runs, each from an idle server; each figure the median run's,
  // the counts summed (the warm-up's too: a lost message is lost).
  const warmUp = await contactAtRate({ base: portal.url, headers, rate: 50, seconds: 2 })
  const runs = []
  for (let run = 0; run < (smoke ? 1 : 3); run++) {
    const waited = await settle(portal.child.pid)
    const result = await contactAtRate({
      base: portal.url,
      headers,
      ...(smoke ? { rate: 20, seconds: 1 } : {}),
    })
    runs.push(result)
    console.log(`contact run ${run + 1} (after ${waited} ms idle wait): ${JSON.stringify(result)}`)
  }
  const total = (key) => [warmUp, ...runs].reduce((sum, r) => sum + r[key], 0)
  contact = {
    ...medianResult(runs),
    ...Object.fromEntries(['sent', 'ok', 'non2xx', 'errors', 'stored'].map((k) => [k, total(k)])),
    runs: runs.map(({ rps, p50, p99, max, sentLateMax }) => ({ rps, p50, p99, max, sentLateMax })),
  }
}

const commit = execSync('git rev-parse --short HEAD').toString().trim()
const dirty = execSync('git status --porcelain --untracked-files=no').toString().trim()
  ? '+changes'
  : ''
const cpus = os.cpus()
const report = renderReport({
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  commit: commit + dirty,
  machine: `${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${os.platform()}`,
  load: settings,
  notes: [
    ...notes,
    `Load average (1 min) at start ${started.load.toFixed(1)}, at end ${os.loadavg()[0].toFixed(1)} on ${cpus.length} cores` +
      (started.load > 1 || os.loadavg()[0] > 1
        ? ': other work was running, so compare ratios, not absolute figures.'
        : '.'),
  ],
  pages,
  throughput,
  atRate,
  encoding,
  behindProxy,
  peer,
  rss: peak,
  firstLoad,
  lighthouse,
  publish,
  approval,
  contact,
})
console.log(`\n${report}\n`)
fs.writeFileSync(
  path.join(work, 'results.json'),
  JSON.stringify(
    { throughput, peer, atRate, firstLoad, lighthouse, publish, approval, contact, rss: peak },
    null,
    2,
  ),
)
// Only a run of every page type stands for the portal in the docs.
if (extras && !picked) await writeDoc(report)
else if (extras) console.log('BENCH_PAGES run: docs/performance.md left as it is')
// Non-2xx answers or a lost message mean the benchmark measured something broken: say so, and
// fail (CI's smoke run relies on this). Timeouts count too in the smoke run's light load.
const broken = [
  ...throughput.flatMap((t) =>
    ['portal', 'minimal', 'bare']
      .filter((s) => (smoke && t[s].errors) || t[s].non2xx || !t[s].ok)
      .map((s) => `${t.id} on ${s}`),
  ),
  ...atRate.flatMap((t) =>
    ['portal', 'minimal', 'bare']
      .filter((s) => t[s].errors || t[s].non2xx || t[s].ok !== t[s].sent)
      .map((s) => `${t.id} at ${t.rate} req/s on ${s}`),
  ),
  ...(peer?.rows ?? []).flatMap((row) =>
    ['portal', 'template', 'minimal']
      .filter((s) => row[s].non2xx || !row[s].ok)
      .map((s) => `${row.name} on ${s}`),
  ),
  ...(!contact || (contact.stored === contact.sent && !contact.non2xx && !contact.errors)
    ? []
    : ['contact messages lost or refused']),
]
if (broken.length) {
  console.error(`bench: failed requests: ${broken.join(', ')}`)
  process.exit(1)
}
process.exit(0)

/** Replaces the generated part of docs/performance.md, keeping the hand-written text around it. */
async function writeDoc(generated) {
  const file = 'docs/performance.md'
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->']
  const current = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : `# Performance\n\n${start}\n${end}\n`
  const before = current.slice(0, current.indexOf(start) + start.length)
  const after = current.slice(current.indexOf(end))
  fs.mkdirSync('docs', { recursive: true })
  const text = `${before}\n\n${generated}\n\n${after}`
  // Formatted as the repository's Prettier check expects, so a run can be committed as it is.
  const options = { ...(await prettier.resolveConfig(file)), filepath: file }
  fs.writeFileSync(file, await prettier.format(text, options))
  console.log(`wrote ${file}`)
}
