// `node scripts/shared-cache-check.mjs [--without-redis]`: two instances of the standalone server
// (build it first: NEXT_OUTPUT=standalone next build && node scripts/standalone.mjs) on one
// fresh, seeded SQLite file and one Redis. A press release is published through instance A's
// revalidation; instance B must list it on its next request. With --without-redis each
// instance keeps its own cache, and B keeps serving the stale list (the control).
// Needs `redis-server` on PATH (Debian: apt-get install redis-server) unless REDIS_URL is set.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const withRedis = !process.argv.includes('--without-redis')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-shared-cache-'))
const [portA, portB, redisPort] = [3291, 3292, 6391]
const redisUrl = process.env.REDIS_URL ?? `redis://127.0.0.1:${redisPort}`
const base = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: '',
  DATABASE_URI: `file:${path.join(dir, 'heroes.db')}`,
  PAYLOAD_SECRET: 'shared-cache-check-secret-not-for-production',
  NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${portA}`,
  JOBS_AUTORUN: 'false',
  REDIS_URL: withRedis ? redisUrl : '',
  REDIS_KEY_PREFIX: `check-${process.pid}`,
}
const children = []
const stop = () => children.forEach((c) => c.kill('SIGTERM'))
process.on('exit', stop)

execFileSync('node', ['scripts/ts.mjs', 'seed/run.ts'], { env: base, stdio: 'ignore' })
if (withRedis && !process.env.REDIS_URL) {
  const args = ['--port', String(redisPort), '--save', '', '--notify-keyspace-events', 'Exe']
  children.push(spawn('redis-server', args, { stdio: 'ignore' }))
}
for (const port of [portA, portB]) {
  const log = fs.openSync(path.join(dir, `server-${port}.log`), 'w')
  children.push(
    spawn('node', ['.next/standalone/server.js'], {
      env: { ...base, PORT: String(port), HOSTNAME: '127.0.0.1' },
      stdio: ['ignore', log, log],
    }),
  )
}

// A new connection each time: the publish below blocks this process longer than keep-alive lasts.
const page = async (port, url) =>
  (await fetch(`http://127.0.0.1:${port}${url}`, { headers: { connection: 'close' } })).text()
for (const port of [portA, portB]) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
}
// Both instances have rendered and cached the list before the publish.
for (const port of [portA, portB]) for (let i = 0; i < 2; i++) await page(port, '/en/press')

const slug = `shared-${Date.now()}`
execFileSync('node', ['scripts/ts.mjs', 'tests/e2e/fixtures/pressRelease.ts', 'publish', slug], {
  env: base,
  stdio: 'ignore',
})
const seenOnB = (await page(portB, '/en/press')).includes(`E2E release ${slug}`)
const seenOnA = (await page(portA, '/en/press')).includes(`E2E release ${slug}`)
console.log(
  `${withRedis ? 'Redis' : 'file-system'} cache: published through A; ` +
    `A lists it: ${seenOnA}, B lists it: ${seenOnB} (logs: ${dir})`,
)
stop()
process.exit(seenOnA && seenOnB === withRedis ? 0 : 1)
