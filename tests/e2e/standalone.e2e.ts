import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { expect, test } from '@playwright/test'

// The Docker image runs `node server.mjs` from the standalone tree: `npm start`'s server, bundled
// there by scripts/standalone.mjs, which also drops the build's prerendered pages as the image
// does. Started here beside the suite's server, on its own port and the same database, as the
// image starts it.
const standalone = '.next/standalone'
const port = Number(process.env.E2E_PORT ?? 3100) + 1
const base = `http://127.0.0.1:${port}`

test.describe.configure({ mode: 'serial' })
let server: ReturnType<typeof spawn> | undefined

test.beforeAll(async () => {
  server = spawn('node', ['server.mjs'], {
    cwd: standalone,
    env: { ...process.env, PORT: String(port), HOSTNAME: '0.0.0.0', NODE_OPTIONS: '' },
    stdio: 'ignore',
  })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the standalone server did not answer /api/health within 60 s')
})
test.afterAll(() => {
  server?.kill('SIGTERM')
})

test('the standalone tree carries the native modules the server loads by name', () => {
  for (const dir of ['node_modules/@libsql/linux-x64-gnu', 'node_modules/sharp', 'server.mjs']) {
    expect(fs.existsSync(`${standalone}/${dir}`), dir).toBe(true)
  }
  // Dropped, as in the image: pages come from the live database, not from the build's.
  expect(fs.existsSync(`${standalone}/.next/server/app/en.html`)).toBe(false)
})

test('the standalone server answers /en, /de/presse, /admin and /api/health', async ({
  page,
  request,
}) => {
  const health = await request.get(`${base}/api/health`)
  expect(health.status()).toBe(200)
  expect(await health.json()).toEqual({ status: 'ok' })
  expect((await request.get(`${base}/api/ready`)).status()).toBe(200)

  const home = await page.goto(`${base}/en`)
  expect(home?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Resilience-Oriented')
  // Rendered on first request, then served from the cache like a prerendered page.
  const again = await request.get(`${base}/en`)
  expect(again.headers()['cache-control']).toMatch(/s-maxage=\d+/)
  // Tagged by the server, which answers a revalidation of the same version without the page.
  const etag = again.headers()['etag']
  expect(etag).toMatch(/^"[\w-]+"$/)
  const revalidated = await request.get(`${base}/en`, { headers: { 'if-none-match': etag } })
  expect([revalidated.status(), (await revalidated.body()).length]).toEqual([304, 0])
  // A localized section, mapped to its folder by the server.
  expect((await request.get(`${base}/de/presse`)).status()).toBe(200)

  // npm start's server, not Next's: the policy, compression and the 400 for broken encoding.
  const compressed = await fetch(`${base}/en`, { headers: { 'accept-encoding': 'br, gzip' } })
  expect(compressed.headers.get('content-encoding')).toMatch(/^(br|gzip)$/)
  expect(compressed.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/)
  expect((await request.get(`${base}/en/%ff`)).status()).toBe(400)

  await page.goto(`${base}/admin`)
  await expect(page).toHaveURL(/\/admin\/(login|create-first-user)/)
  await expect(page.getByRole('textbox', { name: /email/i })).toBeVisible()
})

test("the image's server stops before listening on a bad configuration, with the reason", async () => {
  const run = spawnSync('node', ['server.mjs'], {
    cwd: standalone,
    env: {
      ...process.env,
      PORT: String(port),
      NODE_OPTIONS: '',
      PAYLOAD_SECRET: 'secret',
      DATABASE_URI: 'postgres://heroes@db.example/heroes',
    },
    encoding: 'utf8',
    timeout: 30_000,
  })
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('Invalid environment configuration')
  for (const name of ['PAYLOAD_SECRET', 'DATABASE_URI']) expect(run.stderr).toContain(name)
  expect(run.stdout).not.toMatch(/listening/)
})
