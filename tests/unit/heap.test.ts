/** @jest-environment node */
import { spawnSync } from 'node:child_process'

import { DEFAULT_HEAP_GROWING_PERCENT, heapGrowingPercent } from '../../scripts/serve/heap.mjs'

describe('HEAP_GROWING_PERCENT', () => {
  it('defaults to 50 and takes whole numbers from 0 to 300', () => {
    expect(heapGrowingPercent(undefined)).toBe(DEFAULT_HEAP_GROWING_PERCENT)
    expect(heapGrowingPercent(' ')).toBe(50)
    expect(heapGrowingPercent('0')).toBe(0)
    expect(heapGrowingPercent('120')).toBe(120)
    for (const bad of ['-1', '301', '1.5', 'fifty'])
      expect(() => heapGrowingPercent(bad)).toThrow(`not "${bad}"`)
  })

  it('stops the server at start with the reason when it is not one', () => {
    const run = spawnSync(process.execPath, ['scripts/server.mjs'], {
      env: { ...process.env, HEAP_GROWING_PERCENT: 'fifty', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('HEAP_GROWING_PERCENT must be a whole number from 0 to 300')
  })
})
