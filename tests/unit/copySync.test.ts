/** @jest-environment node */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import net from 'node:net'

import { createClient } from 'redis'

import { syncCopies } from '../../scripts/serve/copySync.mjs'

/**
 * The page copies of two instances through a real Redis (Debian's redis-server, as the scale-out
 * rehearsal uses). B reaches Redis through a proxy that holds what Redis sends it for 150 ms: the
 * moment when Redis has taken A's message and B has not read it yet, made long.
 */
const LAG_MS = 150
let redis: ChildProcess
let lagging: net.Server
let port = 0
let lagPort = 0

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo
      probe.close(() => resolve(free))
    })
  })

/** A proxy to Redis that delays every byte Redis sends back. */
const laggingProxy = (target: number) =>
  net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1')
    client.on('data', (chunk) => upstream.write(chunk))
    upstream.on('data', (chunk) =>
      setTimeout(() => client.destroyed || client.write(chunk), LAG_MS),
    )
    const end = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('close', end).on('error', end)
    // Redis's last words (the reply to QUIT) are still on their way: end after them.
    upstream.on('close', () => setTimeout(end, LAG_MS + 20)).on('error', end)
  })

beforeAll(async () => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'pipe' })
  } catch {
    throw new Error('redis-server is missing: apt-get install -y redis-server (as .ci/run does)')
  }
  port = await freePort()
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
    stdio: 'ignore',
  })
  for (let tries = 0; ; tries++) {
    const up = await new Promise<boolean>((resolve) => {
      const probe = net.connect(port, '127.0.0.1', () => {
        probe.destroy()
        resolve(true)
      })
      probe.on('error', () => resolve(false))
    })
    if (up) break
    if (tries > 100) throw new Error('redis-server did not start')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  lagging = laggingProxy(port)
  lagPort = await new Promise<number>((resolve) =>
    lagging.listen(0, '127.0.0.1', () => resolve((lagging.address() as net.AddressInfo).port)),
  )
})

afterAll(async () => {
  await new Promise((resolve) => lagging?.close(resolve))
  redis?.kill()
})

type Copies = { expired: number; on: boolean; expire(): void; setEnabled(on: boolean): void }
const copies = (): Copies => ({
  expired: 0,
  on: false,
  expire() {
    this.expired++
  },
  setEnabled(on) {
    this.on = on
  },
})
const log = () => {
  const warnings: string[] = []
  return { warnings, logger: { warn: (_: unknown, msg: string) => warnings.push(msg), info() {} } }
}

async function instance(redisPort: number, prefix: string) {
  const own = copies()
  const { warnings, logger } = log()
  const sync = syncCopies({
    url: `redis://127.0.0.1:${redisPort}`,
    prefix,
    copies: own,
    log: logger as never,
  })
  const started = Date.now()
  while (!own.on) {
    if (Date.now() - started > 5_000) throw new Error('copies never switched on')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return { sync, copies: own, warnings }
}

describe('page copies across instances', () => {
  it('answers a publish only once the other instance, slow to hear it, has dropped its copies', async () => {
    const a = await instance(port, 'slow-b:')
    const b = await instance(lagPort, 'slow-b:')
    try {
      const started = performance.now()
      await a.sync.announce()
      // B had dropped its copies when A could answer; A keeps its own (dropped before it sent).
      expect({ a: a.copies.expired, b: b.copies.expired }).toEqual({ a: 0, b: 1 })
      // B's reply crossed the slow link both ways, and A waited for it.
      expect(performance.now() - started).toBeGreaterThanOrEqual(LAG_MS)
      expect(a.warnings).toEqual([])
    } finally {
      await Promise.all([a.sync.close(), b.sync.close()])
    }
  })

  it('waits for a listener that never replies half a second at most, and says so', async () => {
    const a = await instance(port, 'silent:')
    const silent = createClient({ url: `redis://127.0.0.1:${port}` })
    await silent.connect()
    await silent.subscribe('silent:page-copy-expired', () => {})
    try {
      const started = performance.now()
      await a.sync.announce()
      const waited = performance.now() - started
      expect(waited).toBeGreaterThanOrEqual(450)
      expect(waited).toBeLessThan(2_000)
      expect(a.warnings).toEqual(['page copy expiry: not every instance replied in time'])
    } finally {
      await Promise.all([a.sync.close(), silent.quit()])
    }
  })
})
