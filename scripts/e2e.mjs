// `npm run test:e2e`: builds the portal on a fresh, seeded SQLite database (with the standalone
// output the Docker image runs), starts `npm start`'s server on loopback and runs the Playwright
// suites in Debian's chromium against it; tests/e2e/standalone.e2e.ts starts the image's
// `server.mjs` beside it.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!fs.existsSync(chromium)) {
  console.error(`Browser tests need Debian's chromium at ${chromium}: apt-get install -y chromium`)
  process.exit(1)
}

const port = process.env.E2E_PORT ?? '3100'
const dir = path.resolve('.e2e')
fs.rmSync(dir, { recursive: true, force: true })
fs.mkdirSync(dir, { recursive: true })
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: '',
  DATABASE_URI: `file:${path.join(dir, 'heroes.db')}`,
  PAYLOAD_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
  NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
  NEXT_OUTPUT: 'standalone',
  E2E_BASE_URL: `http://127.0.0.1:${port}`,
  CHROMIUM_PATH: chromium,
  // The server's page copies (scripts/serve/pageCopy.mjs) live a minute here, not a second: every
  // journey that publishes proves that an expiry, not their age, drops them.
  PAGE_COPY_MS: '60000',
  // tests/e2e/page-copy.e2e.ts reads the copies' counter.
  METRICS_TOKEN: 'e2e-only-metrics-token-0123456789abcdef',
}
// Bounded, so that a stuck step fails with its name instead of hanging CI.
const run = (cmd, args, minutes) =>
  execFileSync(cmd, args, {
    stdio: 'inherit',
    env,
    timeout: minutes * 60_000,
    killSignal: 'SIGKILL',
  })

// The build prerenders pages from the database, so it is migrated and seeded first.
run('node', ['scripts/ts.mjs', 'seed/run.ts'], 5)
if (process.env.E2E_SKIP_BUILD !== '1') {
  run('node', ['scripts/clear-data-cache.mjs'], 1)
  run('npx', ['next', 'build'], 20)
  run('node', ['scripts/standalone.mjs', '--drop-prerendered'], 2)
}

// A server left on the port (an interrupted run) would answer instead of this build's.
const occupied = await fetch(`${env.E2E_BASE_URL}/api/health`).then(
  () => true,
  () => false,
)
if (occupied) {
  console.error(`port ${port} is already serving: stop that server or set E2E_PORT`)
  process.exit(1)
}

// `npm start`'s server (scripts/server.mjs), as production runs it.
const server = spawn('node', ['scripts/server.mjs'], {
  // No drain delay: the next run may want the port at once.
  // As behind one reverse proxy: the suites play several visitors by X-Forwarded-For.
  env: {
    ...env,
    PORT: port,
    HOSTNAME: '127.0.0.1',
    SHUTDOWN_DELAY_SECONDS: '0',
    TRUSTED_PROXY_HOPS: '1',
  },
  stdio: ['ignore', fs.openSync(path.join(dir, 'server.log'), 'w'), 'inherit'],
  detached: true,
})
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {}
}
process.on('exit', stop)

let code = 1
try {
  await waitFor(`${env.E2E_BASE_URL}/api/health`)
  code = await new Promise((resolve) => {
    const tests = spawn(
      'npx',
      ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)],
      {
        env,
        stdio: 'inherit',
      },
    )
    tests.on('exit', (status) => resolve(status ?? 1))
  })
} finally {
  stop()
}
process.exit(code)

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the server did not answer ${url} within 60 s (see .e2e/server.log)`)
}
