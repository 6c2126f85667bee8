import fs from 'node:fs'

import { expect, test } from '@playwright/test'

import { message } from './helpers'
import { type OwnServer, startOwnServer } from './fixtures/ownServer'

test.describe.configure({ mode: 'serial', timeout: 180_000 })

let server: OwnServer | undefined
test.afterEach(() => {
  if (server?.process.exitCode === null) server.process.kill('SIGKILL')
  server = undefined
})

const stackTrace = /\n\s+at [\w.<>$[\] ]+ \(|node_modules\/|\.next\/server/

test('the database going away: cached pages still served, the rest fails kindly', async ({
  page,
}) => {
  server = await startOwnServer('fault-db', 50)
  const { url } = server
  expect((await fetch(`${url}/api/ready`)).status).toBe(200)

  // The file's content destroyed under the running server (as root, chmod would not stop it).
  fs.truncateSync(server.database, 0)

  expect((await fetch(`${url}/api/ready`)).status).toBe(503)
  expect((await fetch(`${url}/api/health`)).status).toBe(200)

  for (const path of [
    '/en',
    '/de/mitglieder',
    '/fr/presse',
    '/lt/pavyzdines-iniciatyvos',
    '/cs/kontakt',
  ]) {
    const response = await fetch(`${url}${path}`)
    expect(response.status, path).toBe(200)
    expect(await response.text(), path).toContain('<h1')
  }

  // Search renders per request: it needs the database. The visitor gets a 503 in their language
  // with Retry-After, written by the server itself (no JavaScript needed to read it).
  const search = await fetch(`${url}/de/suche?q=heroes`)
  expect(search.status).toBe(503)
  expect(search.headers.get('retry-after')).toBe('30')
  expect(search.headers.get('cache-control')).toBe('no-store')
  const html = await search.text()
  expect(html).toContain(message('de', 'Unavailable.title'))
  expect(html).not.toMatch(stackTrace)
  await page.goto(`${url}/cs/hledat?q=heroes`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cs')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    message('cs', 'Unavailable.title'),
  )
  await expect(page.getByRole('alert')).toContainText(message('cs', 'Unavailable.description'))

  // The contact form answers "try later" rather than pretending it stored the message.
  const contact = await fetch(`${url}/api/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.250' },
    body: JSON.stringify({
      name: 'Fault test',
      email: 'fault@example.org',
      topic: 'other',
      message: 'Is anyone there?',
      consent: true,
      locale: 'de',
      startedAt: Date.now() - 60_000,
    }),
  })
  expect(contact.status).toBe(503)

  const anonymousApi = await fetch(`${url}/api/institutions`)
  expect(anonymousApi.status).toBeGreaterThanOrEqual(500)
  expect(await anonymousApi.text()).not.toMatch(stackTrace)

  server.process.kill('SIGTERM')
  expect(await server.exited).toBe(0)
})

test('SIGTERM under load: requests in flight finish, new ones are refused, exit code 0', async () => {
  server = await startOwnServer('fault-sigterm', 51, { SHUTDOWN_DELAY_SECONDS: '3' })
  const { url } = server
  // Warm: the first search loads and compiles its route, which holds the event loop for seconds.
  expect((await fetch(`${url}/en/search?q=warm`)).status).toBe(200)
  const signalAt = { time: Number.POSITIVE_INFINITY }
  // Search pages render per request and query the database: each takes a while.
  const inFlight = Array.from({ length: 24 }, (_, i) =>
    fetch(`${url}/${['en', 'de', 'fr', 'nl'][i % 4]}/search?q=heroes+${i}`).then(
      async (response) => ({
        status: response.status,
        body: await response.text(),
        at: Date.now(),
      }),
      (error: Error) => ({ status: 0, body: String(error.cause ?? error), at: Date.now() }),
    ),
  )
  // The signal comes as the first answer arrives: the others are still being rendered then,
  // however fast the machine (a fixed wait let all of them finish first on a quiet one), and
  // any not yet connected must still be accepted during the delay.
  await Promise.race(inFlight)
  signalAt.time = Date.now()
  server.process.kill('SIGTERM')
  // While it drains, the load balancer is told to stop sending traffic (the signal is handled
  // once the busy event loop gets to it).
  await expect
    .poll(
      () =>
        fetch(`${url}/api/ready`).then(
          (r) => r.status,
          () => 0,
        ),
      {
        timeout: 15_000,
        intervals: [100],
      },
    )
    .toBe(503)

  const results = await Promise.all(inFlight)
  expect(results.map((r) => `${r.status} ${r.status === 200 ? '' : r.body}`)).toEqual(
    results.map(() => '200 '),
  )
  const finishedAfterSignal = results.filter((r) => r.at > signalAt.time).length
  expect(finishedAfterSignal, 'requests still running when the signal came').toBeGreaterThan(0)

  expect(await server.exited).toBe(0)
  await expect(fetch(`${url}/api/health`)).rejects.toThrow()
  expect(server.log()).toContain('SIGTERM: finishing requests in flight')
  test.info().annotations.push({
    type: 'drained',
    description: `${finishedAfterSignal} of ${results.length} requests finished after SIGTERM`,
  })
})

test('a new server warms every route before it listens, and stops gracefully while warming', async () => {
  server = await startOwnServer('warm-up', 52, { WARMUP_SECONDS: '2' })
  const own = server
  // The log reaches its file up to a second after the server is ready (lib/logger.mjs).
  await expect.poll(() => own.log(), { timeout: 10_000 }).toContain('portal listening on')
  const log = server.log()
  const warmed = /warmed up: (\d+) requests over (\d+) routes/.exec(log)
  expect(warmed, log).not.toBeNull()
  // Home, five sections' lists, a free page, and a document below three sections.
  expect(Number(warmed![2])).toBeGreaterThanOrEqual(8)
  expect(log.indexOf('warmed up')).toBeLessThan(log.indexOf('portal listening on'))
  expect((await fetch(`${server.url}/cs/tisk`)).status).toBe(200)
  server.process.kill('SIGTERM')
  expect(await server.exited).toBe(0)

  // Stopped before it has listened: exit 0, and it never starts listening.
  server = await startOwnServer('warm-up-stop', 53, { WARMUP_SECONDS: '60' }, { untilReady: false })
  const stopped = server
  await expect.poll(() => stopped.log(), { timeout: 60_000 }).toContain('warming up for 60 s')
  await new Promise((r) => setTimeout(r, 1000))
  stopped.process.kill('SIGTERM')
  expect(await stopped.exited).toBe(0)
  expect(stopped.log()).toContain('SIGTERM: finishing requests in flight')
  expect(stopped.log()).not.toContain('portal listening on')
  await expect(fetch(`${stopped.url}/api/health`)).rejects.toThrow()
})
