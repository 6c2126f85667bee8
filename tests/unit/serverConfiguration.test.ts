/** @jest-environment node */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { EXAMPLE_SECRET } from '@/lib/env'

// `npm start`'s server checks the whole configuration before it builds or listens on anything
// (scripts/serve/configuration.mjs). Each case starts it for real, in an empty folder (no build,
// no `.env` of the developer's), with one kind of bad setting: it must stop with status 1 and
// name the variable, never print the value.
const server = path.resolve('scripts/server.mjs')
const good = {
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'a-long-random-secret-for-this-test-only-0123456789',
  NEXT_PUBLIC_SERVER_URL: 'https://heroes.example.eu',
  PORT: '0',
  WARMUP_SECONDS: '0',
}

type Run = { status: number | null; output: string }

function start(env: Record<string, string | undefined>, files: Record<string, string> = {}) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-config-'))
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(cwd, name), text)
  const clean = Object.fromEntries(
    Object.entries({ PATH: process.env.PATH, NODE_OPTIONS: '', ...env }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as NodeJS.ProcessEnv
  return new Promise<Run>((resolve) => {
    const child = spawn(process.execPath, [server], {
      cwd,
      env: clean,
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('close', (status) => {
      clearTimeout(timer)
      fs.rmSync(cwd, { recursive: true, force: true })
      resolve({ status, output })
    })
  })
}

// [what, change, the variable named, a value that must not be printed ('' when none)]
const cases: [string, Record<string, string | undefined>, string, string][] = [
  ['PAYLOAD_SECRET=secret', { PAYLOAD_SECRET: 'secret' }, 'PAYLOAD_SECRET', ''],
  ["the example's PAYLOAD_SECRET", { PAYLOAD_SECRET: EXAMPLE_SECRET }, 'PAYLOAD_SECRET', ''],
  ['no PAYLOAD_SECRET', { PAYLOAD_SECRET: undefined }, 'PAYLOAD_SECRET', ''],
  ['no public URL', { NEXT_PUBLIC_SERVER_URL: undefined }, 'NEXT_PUBLIC_SERVER_URL', ''],
  [
    'a public URL that is none',
    { NEXT_PUBLIC_SERVER_URL: 'heroes dot eu' },
    'NEXT_PUBLIC_SERVER_URL',
    '',
  ],
  [
    'a database URI of another kind',
    { DATABASE_URI: 'postgres://heroes:db-pass-4711@db.example/heroes' },
    'DATABASE_URI',
    'db-pass-4711',
  ],
  ['a database file without a path', { DATABASE_URI: 'file:' }, 'DATABASE_URI', ''],
  ['a port that is no number', { SMTP_PORT: 'twenty-five' }, 'SMTP_PORT', ''],
  ['a retention out of range', { SUBMISSION_RETENTION_DAYS: '0' }, 'SUBMISSION_RETENTION_DAYS', ''],
  ['a fractional number', { EXPORT_RETENTION_HOURS: '1.5' }, 'EXPORT_RETENTION_HOURS', ''],
  ['a malformed flag', { JOBS_AUTORUN: 'yes' }, 'JOBS_AUTORUN', ''],
  ['a short CRON_SECRET', { CRON_SECRET: 'cron-too-short' }, 'CRON_SECRET', 'cron-too-short'],
  ['a short METRICS_TOKEN', { METRICS_TOKEN: 'metrics-too-short' }, 'METRICS_TOKEN', ''],
  ['an unknown LOG_LEVEL', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', ''],
  ['a Redis URL of another scheme', { REDIS_URL: 'http://cache:6379' }, 'REDIS_URL', ''],
  [
    'half an S3 key pair',
    { S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'AKIA' },
    'S3_SECRET_ACCESS_KEY',
    'AKIA',
  ],
  ['a server port out of range', { PORT: '70000' }, 'PORT', ''],
  [
    'a server setting that is no number',
    { SHUTDOWN_GRACE_SECONDS: 'soon' },
    'SHUTDOWN_GRACE_SECONDS',
    '',
  ],
]

describe("npm start's server with a bad configuration", () => {
  it.each(cases)('stops before listening on %s, naming it', async (_, change, name, secret) => {
    const { status, output } = await start({ ...good, ...change })
    expect(status).toBe(1)
    expect(output).toMatch(/Invalid (environment configuration|server settings)/)
    expect(output).toContain(name)
    if (secret) expect(output).not.toContain(secret)
    expect(output).not.toMatch(/listening|warming up/)
  })

  it('checks as production even when NODE_ENV is unset (the build is a production one)', async () => {
    const { status, output } = await start({
      ...good,
      NODE_ENV: undefined,
      PAYLOAD_SECRET: 'secret',
    })
    expect(status).toBe(1)
    expect(output).toContain('PAYLOAD_SECRET')
  })

  it('reads a bad value from a .env file as Next would', async () => {
    const { status, output } = await start(
      { ...good, PAYLOAD_SECRET: undefined },
      { '.env': 'PAYLOAD_SECRET=secret\n' },
    )
    expect(status).toBe(1)
    expect(output).toContain('PAYLOAD_SECRET')
  })

  it('lists every broken variable at once', async () => {
    const { output } = await start({
      ...good,
      PAYLOAD_SECRET: 'secret',
      SMTP_PORT: 'x',
      PORT: '-1',
    })
    for (const name of ['PAYLOAD_SECRET', 'SMTP_PORT', 'PORT']) expect(output).toContain(name)
  })

  it('passes a good configuration on to Next (here: which finds no build)', async () => {
    const { status, output } = await start(good)
    expect(status).not.toBe(0)
    expect(output).not.toMatch(/Invalid (environment configuration|server settings)/)
    expect(output).toMatch(/production build/i)
  })
})
