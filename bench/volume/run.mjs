// `npm run bench -- --volume`: the portal at years of content (issue 26). For each size (the
// seeded portal, then BENCH_VOLUME_SIZES generated releases, default 1,000 and 10,000, each in all
// ten languages): a fresh seeded database plus the generated releases (bench/volume/generate.ts),
// a production build (timed, its prerendered pages and size counted), then the figures of
// bench/volume/measure.mjs on `npm start`. Writes .bench/volume.json and, unless a smoke run,
// the generated section of docs/performance.md between the bench-volume markers.
// `-- --volume --smoke`: 50 releases and no build (reuses .next): seconds, for CI.
import { execFileSync, execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { portalEnv, step } from '../lib/environment.mjs'
import { assertPortsFree, startPortal, stopGroup, waitFor } from '../lib/servers.mjs'
import { staffToken } from '../lib/staff.mjs'
import { measurePortal } from './measure.mjs'
import { renderVolumeReport, writeVolumeDoc } from './report.mjs'

const smoke = process.argv.includes('--smoke')
const port = Number(process.env.BENCH_PORT ?? 3400)
const sizes = smoke
  ? [50]
  : [0, ...(process.env.BENCH_VOLUME_SIZES ?? '1000,10000').split(',').map(Number)]
if (sizes.some((n) => !Number.isInteger(n) || n < 0))
  throw new Error(`BENCH_VOLUME_SIZES must be counts of releases, not "${sizes}"`)

const work = path.resolve('.bench')
fs.mkdirSync(work, { recursive: true })
const dbFile = path.join(work, 'volume.db')
const env = portalEnv({ dbFile, port, extra: { SEED_ON_START: 'false' } })
const sh = (args, minutes) =>
  execFileSync(process.execPath, args, {
    stdio: 'inherit',
    env,
    timeout: minutes * 60_000,
    killSignal: 'SIGKILL',
  })

/** Search records that the search page should count for "heroes", per locale. */
async function expectedSearchTotals() {
  const db = createClient({ url: `file:${dbFile}` })
  const like = (locale) =>
    `EXISTS (SELECT 1 FROM search_locales l WHERE l._parent_id = s.id AND l._locale = '${locale}' AND l.folded LIKE '%heroes%')`
  const hasText = (locale) =>
    `EXISTS (SELECT 1 FROM search_locales l WHERE l._parent_id = s.id AND l._locale = '${locale}' AND coalesce(l.folded, '') <> '')`
  const count = async (where) =>
    Number((await db.execute(`SELECT count(*) AS n FROM search s WHERE ${where}`)).rows[0].n)
  const totals = {
    en: await count(like('en')),
    cs: await count(`${like('cs')} OR (${like('en')} AND NOT ${hasText('cs')})`),
  }
  db.close()
  return totals
}

const publishedCount = async () => {
  const db = createClient({ url: `file:${dbFile}` })
  const { rows } = await db.execute(
    "SELECT count(*) AS n FROM press_releases WHERE _status = 'published'",
  )
  db.close()
  return Number(rows[0].n)
}

/** Stops a server and waits until it has exited (it finishes its requests first, SIGTERM). */
async function stopped(child) {
  const exited = new Promise((resolve) =>
    child.exitCode === null ? child.once('exit', resolve) : resolve(),
  )
  stopGroup(child)
  const late = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {}
  }, 20_000)
  await exited
  clearTimeout(late)
}

const results = []
for (const size of sizes) {
  await assertPortsFree([port])
  step(`${size} generated releases: seed and generate`)
  for (const suffix of ['', '-shm', '-wal', '-journal']) fs.rmSync(dbFile + suffix, { force: true })
  sh(['scripts/ts.mjs', 'seed/run.ts'], 10)
  const generateStarted = performance.now()
  if (size > 0) sh(['scripts/ts.mjs', 'bench/volume/generate.ts', String(size)], 20)
  const generateMs = performance.now() - generateStarted
  const total = await publishedCount()

  let build = null
  if (!smoke) {
    step(`${size}: build`)
    sh(['scripts/clear-data-cache.mjs'], 1)
    const started = performance.now()
    sh(['node_modules/next/dist/bin/next', 'build'], 90)
    const manifest = JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8'))
    build = {
      seconds: Math.round((performance.now() - started) / 1000),
      prerendered: Object.keys(manifest.routes).length,
      bytes: Number(execSync('du -sb .next').toString().split('\t')[0]),
    }
    console.log(JSON.stringify(build))
  }

  step(`${size}: measure`)
  const portal = startPortal({ port, env, log: path.join(work, `volume-${size}.log`) })
  try {
    await waitFor(`${portal.url}/api/health`, 180)
    const headers = await staffToken(portal.url, {
      email: 'bench@example.eu',
      password: 'bench-password-0123',
    })
    const figures = await measurePortal({
      portal,
      headers,
      total,
      expected: await expectedSearchTotals(),
    })
    results.push({ size, total, generateMs: Math.round(generateMs), build, ...figures })
    // Kept as it goes: a later size that fails leaves the earlier ones' figures.
    fs.writeFileSync(path.join(work, 'volume.json'), JSON.stringify(results, null, 2))
    console.log(JSON.stringify(results.at(-1), null, 1))
  } finally {
    await stopped(portal.child)
  }
}

fs.writeFileSync(path.join(work, 'volume.json'), JSON.stringify(results, null, 2))
const commit = execSync('git rev-parse --short HEAD').toString().trim()
const cpus = os.cpus()
const report = renderVolumeReport({
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  commit,
  machine: `${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}`,
  load: os.loadavg()[0].toFixed(1),
  results,
})
console.log(`\n${report}\n`)
if (!smoke) await writeVolumeDoc(report)
const broken = results.flatMap((r) =>
  Object.entries(r)
    .filter(([, v]) => v?.error || (Array.isArray(v) && v.some((s) => s.totalShown === false)))
    .map(([name]) => `${name} at ${r.size}`),
)
if (broken.length) {
  console.error(`bench: failed or wrong: ${broken.join(', ')}`)
  process.exit(1)
}
process.exit(0)
