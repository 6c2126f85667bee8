// `npm run rehearse:scale-out`: the scaled-out topology of docs/deploy.md rehearsed on this
// machine with real servers (./topology.mjs) and the scenarios of ./scenarios.mjs, printing each
// figure and exiting 1 when one fails. Needs the standalone build (`npm run test:e2e` makes it,
// or NEXT_OUTPUT=standalone next build && node scripts/standalone.mjs --drop-prerendered), and
// Debian's redis-server and nginx. Ports REHEARSAL_PORT (default 4310) to +4.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { staffToken } from '../../bench/lib/staff.mjs'

import {
  createRelease,
  instanceKilled,
  copiesNeverHidePublish,
  publishVisible,
  redisAway,
  rollingRestart,
  uploads,
} from './scenarios.mjs'
import { assertPortsFree, createTopology, METRICS_TOKEN } from './topology.mjs'

for (const [what, ok] of [
  [
    '.next/standalone/server.mjs (build the standalone output first)',
    fs.existsSync('.next/standalone/server.mjs'),
  ],
  ['redis-server (apt-get install -y redis-server)', hasCommand('redis-server')],
  ['nginx (apt-get install -y nginx)', hasCommand('nginx')],
]) {
  if (!ok) {
    console.error(`scale-out rehearsal needs ${what}`)
    process.exit(1)
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-scale-out-'))
const t = createTopology({ dir, base: Number(process.env.REHEARSAL_PORT ?? 4310) })
const results = []
const check = (name, ok, figures) => {
  results.push({ name, ok, figures })
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${JSON.stringify(figures)}`)
}
/** The JSON lines an instance has logged so far. */
const logs = (name) =>
  fs
    .readFileSync(t.logOf(name), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))

// Stopped from outside (CI's time limit, ^C): the servers it started go with it.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => t.stopAll().finally(() => process.exit(1)))

const started = performance.now()
const figures = {}
let failed = false
try {
  await assertPortsFree(t.ports)
  await t.startRedis()
  await t.startS3()
  execFileSync(process.execPath, ['scripts/ts.mjs', 'seed/run.ts'], { env: t.env, stdio: 'ignore' })
  await Promise.all([t.startInstance('a'), t.startInstance('b')])
  await t.startNginx()
  const staff = await staffToken(`http://127.0.0.1:${t.ports.a}`, {
    email: 'rehearsal@example.eu',
    password: 'rehearsal-password-0123',
  })
  figures.startSeconds = Math.round((performance.now() - started) / 100) / 10

  const release = await createRelease(t, staff)
  figures.publish = await publishVisible(t, staff, release, check, 'publish through A')
  figures.pageCopies = await copiesNeverHidePublish(t, staff, release, check, METRICS_TOKEN)
  figures.uploads = await uploads(t, staff, check)
  figures.rollingRestart = await rollingRestart(t, staff, check, logs)
  figures.redisAway = await redisAway(t, staff, release, check, logs)
  figures.instanceKilled = await instanceKilled(t, staff, check)
  await checkMetricsAndIds(figures)
  checkOperations(figures)
} catch (error) {
  failed = true
  console.error('scale-out rehearsal stopped:', error)
} finally {
  await t.stopAll()
}
figures.totalSeconds = Math.round((performance.now() - started) / 100) / 10
fs.writeFileSync(path.join(dir, 'figures.json'), JSON.stringify({ results, figures }, null, 2))
console.log(`scale-out rehearsal: ${JSON.stringify(figures)}`)
console.log(`logs and figures: ${dir}`)
const bad = results.filter((r) => !r.ok)
if (failed || bad.length) {
  console.error(`scale-out rehearsal: ${bad.length} of ${results.length} checks failed`)
  process.exit(1)
}
console.log(`scale-out rehearsal: all ${results.length} checks passed`)

/** Logs and metrics across the run: JSON lines, request ids, no personal data. */
function checkOperations(figures) {
  const lines = ['a', 'b'].flatMap((name) => logs(name))
  const requests = lines.filter((l) => l.msg === 'request')
  const raw = ['a', 'b'].map((name) => fs.readFileSync(t.logOf(name), 'utf8')).join('\n')
  // What the load generator's visitors typed (./load.mjs): names, addresses, message text.
  const personal =
    raw.match(
      /Visitor (rolling|killed)\d+|visitor\.(rolling|killed)\d+|Message (rolling|killed)\d+|10\.\d+\.\d+\.\d+/g,
    ) ?? []
  figures.logs = {
    jsonLines: lines.length,
    requestLines: requests.length,
    personalDataHits: personal.length,
  }
  check(
    'logs: one JSON line per request with id, kind, status, duration',
    requests.length > 500 &&
      requests.every((l) => l.reqId && l.kind && l.status && typeof l.ms === 'number'),
    figures.logs,
  )
  check('logs: nothing the visitors sent, nor their addresses', personal.length === 0, {
    sample: personal.slice(0, 3),
  })
}

/** A's /api/metrics after the scenarios, and one request id followed from nginx into a log. */
async function checkMetricsAndIds(figures) {
  const a = `http://127.0.0.1:${t.ports.a}`
  const refused = (await fetch(`${a}/api/metrics`)).status
  const text = await (
    await fetch(`${a}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text()
  const value = (series) =>
    Number(new RegExp(`^${series.replace(/[{}"]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(text)?.[1])
  const metrics = {
    refusedWithoutToken: refused,
    contactStored: value('heroes_contact_messages_total{result="stored"}'),
    revalidations: value('heroes_revalidations_total'),
    // Figures only: how many renders on A began before an expiry and were not stored.
    storesDropped: value('heroes_page_cache_stores_dropped_total'),
    databaseReady: value('heroes_database_ready'),
    jobsQueued: value('heroes_jobs_queued{queue="default"}'),
    pageRequests: value('heroes_http_requests_total{kind="page",method="GET",status="200"}'),
  }
  figures.metrics = metrics
  check(
    'metrics: refused without the token; requests, cache, contact, revalidations, jobs, readiness with it',
    refused === 401 &&
      metrics.contactStored > 0 &&
      metrics.revalidations > 0 &&
      metrics.databaseReady === 1 &&
      metrics.jobsQueued >= 0 &&
      metrics.pageRequests > 0,
    metrics,
  )
  const response = await fetch(`http://127.0.0.1:${t.ports.nginx}/en?request-id=${Date.now()}`)
  const id = response.headers.get('x-request-id') ?? ''
  // Log lines leave at least once a second (lib/logger.mjs).
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const logged = ['a', 'b'].some((name) => logs(name).some((l) => l.reqId === id))
  check(
    "request id: nginx's id comes back and names the instance's log line",
    /^[0-9a-f]{32}$/.test(id) && logged,
    { id, logged },
  )
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
