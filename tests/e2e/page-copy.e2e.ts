import fs from 'node:fs'
import path from 'node:path'

import { type APIResponse, expect, test } from '@playwright/test'

import { pressRelease } from './helpers'

const serverLog = path.resolve('.e2e', 'server.log')

// The suite's server keeps its page copies for a minute (scripts/e2e.mjs: PAGE_COPY_MS), so a
// page answered from a copy before a publish would still be answered from it after, unless the
// publish's expiry dropped it (scripts/serve/pageCopy.mjs, scripts/serve/expiry.mjs).
// Which answers came from a copy, told by each one's request line in the server's log: the
// copies' counter in /api/metrics is shared with every journey running beside this one.
const cacheOf = async (...responses: APIResponse[]) => {
  const ids = responses.map((r) => r.headers()['x-request-id'])
  const found = new Map<string, string>()
  // Request lines are written once a second (scripts/serve/requests.mjs).
  await expect
    .poll(
      () => {
        for (const line of fs.readFileSync(serverLog, 'utf8').split('\n')) {
          if (!line.startsWith('{')) continue
          const entry = JSON.parse(line) as { reqId?: string; cache?: string }
          if (entry.reqId && ids.includes(entry.reqId)) found.set(entry.reqId, entry.cache ?? '')
        }
        return found.size
      },
      { timeout: 10_000 },
    )
    .toBe(new Set(ids).size)
  return ids.map((id) => found.get(id))
}

/** Asks until every answer of one round comes from a copy: any journey's publish beside this one
 * drops every copy, and the next answer is Next's again. */
const fromCopies = async (...asks: (() => Promise<APIResponse>)[]) => {
  let answers: APIResponse[] = []
  await expect(async () => {
    answers = []
    for (const ask of asks) answers.push(await ask())
    expect(await cacheOf(...answers)).toEqual(asks.map(() => 'copy'))
  }).toPass({ timeout: 60_000 })
  return answers
}

test("the server's copy of a cached page answers with Next's own headers and bytes", async ({
  request,
}) => {
  const ask = () => request.get('/cs/tisk', { headers: { 'accept-encoding': 'br' } })
  const [first, second] = await fromCopies(ask, ask)
  const own = ['date', 'x-request-id']
  const headers = (r: typeof first) =>
    Object.fromEntries(Object.entries(r.headers()).filter(([name]) => !own.includes(name)))
  expect(headers(second)).toEqual(headers(first))
  expect(first.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
  expect(second.headers()['x-request-id']).not.toBe(first.headers()['x-request-id'])
  expect(await second.body()).toEqual(await first.body())
  // A client navigation is Next's to answer (another body: the RSC payload).
  const navigation = await request.get('/cs/tisk', { headers: { rsc: '1' } })
  expect(navigation.headers()['content-type']).toContain('text/x-component')
  expect(await cacheOf(navigation)).not.toEqual(['copy'])
})

test('a publish from another process shows on the first request after it, not the copy', async ({
  request,
}) => {
  // Two Payload processes start and stop here (~15 s each on a quiet machine).
  test.setTimeout(180_000)
  const slug = `e2e-copy-${Date.now()}`
  const title = `E2E release ${slug}`
  await fromCopies(
    () => request.get('/en/press'),
    () => request.get('/de/press'),
  )

  // Through the local API in its own process: the server hears of it by /api/revalidate.
  pressRelease('publish', slug)
  expect(await (await request.get('/en/press')).text()).toContain(title)
  expect(await (await request.get('/de/press')).text()).toContain(`E2E-Pressemitteilung ${slug}`)
  // The new page is copied in its turn, and dropped again by the unpublish.
  const [copy] = await fromCopies(() => request.get('/en/press'))
  expect(await copy.text()).toContain(title)

  pressRelease('unpublish', slug)
  expect(await (await request.get('/en/press')).text()).not.toContain(title)
})
