import { spawnSync } from 'node:child_process'

/**
 * Starts Payload for real (its CLI loads payload.config.ts and connects) with a given
 * DATABASE_URI, and returns what it printed.
 */
function startWith(databaseUri: string) {
  const run = spawnSync('node', ['scripts/ts.mjs', 'scripts/payload.mjs', 'migrate:status'], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URI: databaseUri, NODE_ENV: 'development' },
    encoding: 'utf8',
    timeout: 90_000,
  })
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` }
}

/**
 * The error the process ended with, as Node prints an uncaught one (`Error: …`), without its
 * stack: its stack frames name the checkout's path, so a fixed-length tail of the output holds
 * less of the message the deeper the checkout is.
 */
const finalError = (output: string) =>
  output
    .split('\n')
    .filter((line) => /^\w*Error: /.test(line))
    .at(-1)

describe('database chosen at start from DATABASE_URI', () => {
  it('refuses an unknown scheme, naming the variable and not the credentials', () => {
    const { status, output } = startWith('ftp://user:s3cr3t@x')
    expect(status).not.toBe(0)
    expect(output).toContain('DATABASE_URI')
    expect(output).not.toContain('s3cr3t')
  }, 100_000)

  it('chooses MongoDB for a mongodb:// URI and fails fast and clearly without a server', () => {
    const started = Date.now()
    const { status, output } = startWith('mongodb://127.0.0.1:9/heroes')
    expect(status).not.toBe(0)
    expect({ status, finalError: finalError(output) }).toEqual({
      status: 1,
      finalError: expect.stringMatching(/cannot connect to MongoDB/i),
    })
    expect(Date.now() - started).toBeLessThan(60_000)
  }, 100_000)
})
