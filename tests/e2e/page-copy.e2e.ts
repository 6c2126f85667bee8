import { type APIRequestContext, expect, test } from '@playwright/test'

import { pressRelease } from './helpers'

// The suite's server keeps its page copies for a minute (scripts/e2e.mjs: PAGE_COPY_MS), so a
// page answered from a copy before a publish would still be answered from it after, unless the
// publish's expiry dropped it (scripts/serve/pageCopy.mjs, scripts/serve/expiry.mjs).
const copiesServed = async (request: APIRequestContext) => {
  const response = await request.get('/api/metrics', {
    headers: { authorization: `Bearer ${process.env.METRICS_TOKEN}` },
  })
  expect(response.status()).toBe(200)
  const text = await response.text()
  return Number(/^heroes_page_copies_served_total (\S+)$/m.exec(text)?.[1] ?? NaN)
}

test("the server's copy of a cached page answers with Next's own headers and bytes", async ({
  request,
}) => {
  const ask = () => request.get('/cs/tisk', { headers: { 'accept-encoding': 'br' } })
  // Until Next answers from its cache and the copy has it.
  for (let i = 0; i < 20 && (await ask()).headers()['x-nextjs-cache'] !== 'HIT'; i++);
  const before = await copiesServed(request)
  const [first, second] = [await ask(), await ask()]
  expect(await copiesServed(request)).toBe(before + 2)
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
  expect(await copiesServed(request)).toBe(before + 2)
})

test('a publish from another process shows on the first request after it, not the copy', async ({
  request,
}) => {
  // Two Payload processes start and stop here (~15 s each on a quiet machine).
  test.setTimeout(180_000)
  const slug = `e2e-copy-${Date.now()}`
  const title = `E2E release ${slug}`
  for (const path of ['/en/press', '/de/press']) {
    for (let i = 0; i < 20 && (await request.get(path)).headers()['x-nextjs-cache'] !== 'HIT'; i++);
  }
  const before = await copiesServed(request)
  for (const path of ['/en/press', '/de/press']) await request.get(path)
  expect(await copiesServed(request)).toBe(before + 2)

  // Through the local API in its own process: the server hears of it by /api/revalidate.
  pressRelease('publish', slug)
  expect(await (await request.get('/en/press')).text()).toContain(title)
  expect(await (await request.get('/de/press')).text()).toContain(`E2E-Pressemitteilung ${slug}`)
  // The new page is copied in its turn, and dropped again by the unpublish.
  await request.get('/en/press')
  const copied = await copiesServed(request)
  expect(await (await request.get('/en/press')).text()).toContain(title)
  expect(await copiesServed(request)).toBe(copied + 1)

  pressRelease('unpublish', slug)
  expect(await (await request.get('/en/press')).text()).not.toContain(title)
})
