/** @jest-environment node */
import { spawnSync } from 'node:child_process'

import { serverSettings } from '../../scripts/serve/settings.mjs'

describe("the production server's settings", () => {
  it('take the defaults when unset or empty', () => {
    const defaults = {
      port: 3000,
      hostname: '0.0.0.0',
      delayMs: 3000,
      graceMs: 25_000,
      heapGrowingPercent: 50,
      warmupSeconds: 3,
      trustedProxyHops: 0,
      pageCopyMs: 1000,
    }
    expect(serverSettings({})).toEqual(defaults)
    expect(
      serverSettings({ PORT: '', SHUTDOWN_DELAY_SECONDS: ' ', HEAP_GROWING_PERCENT: '' }),
    ).toEqual(defaults)
  })

  it('read whole numbers within their ranges', () => {
    expect(
      serverSettings({
        PORT: '8080',
        HOSTNAME: '127.0.0.1',
        SHUTDOWN_DELAY_SECONDS: '5',
        SHUTDOWN_GRACE_SECONDS: '0',
        HEAP_GROWING_PERCENT: '0',
        WARMUP_SECONDS: '0',
        TRUSTED_PROXY_HOPS: '2',
        PAGE_COPY_MS: '0',
      }),
    ).toEqual({
      port: 8080,
      hostname: '127.0.0.1',
      delayMs: 5000,
      graceMs: 0,
      heapGrowingPercent: 0,
      warmupSeconds: 0,
      trustedProxyHops: 2,
      pageCopyMs: 0,
    })
    for (const [name, bad] of [
      ['HEAP_GROWING_PERCENT', '301'],
      ['HEAP_GROWING_PERCENT', '1.5'],
      ['HEAP_GROWING_PERCENT', 'fifty'],
      ['WARMUP_SECONDS', '61'],
      ['WARMUP_SECONDS', 'soon'],
      ['SHUTDOWN_DELAY_SECONDS', '-1'],
      ['PORT', '70000'],
      ['TRUSTED_PROXY_HOPS', '-1'],
      ['TRUSTED_PROXY_HOPS', 'all'],
      ['PAGE_COPY_MS', '60001'],
      ['PAGE_COPY_MS', '0.5'],
    ])
      expect(() => serverSettings({ [name]: bad })).toThrow(name)
  })

  it('stop the server at start with the reason when one is wrong', () => {
    const run = spawnSync(process.execPath, ['scripts/server.mjs'], {
      env: { ...process.env, HEAP_GROWING_PERCENT: 'fifty', SHUTDOWN_GRACE_SECONDS: 'soon' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Invalid server settings')
    expect(run.stderr).toContain('HEAP_GROWING_PERCENT')
    expect(run.stderr).toContain('SHUTDOWN_GRACE_SECONDS')
  })
})
