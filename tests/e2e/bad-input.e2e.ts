import { type APIRequestContext, expect, test } from '@playwright/test'

import { badInputCases, MARKER } from './fixtures/badInput'
import { stackTrace } from './fixtures/cleanAnswer'
import { firstAdmin as admin } from './fixtures/staff'
import { createStaffAccounts } from './helpers'

/** Collections the suite's requests could write to, with how to find what it would have left. */
const stores: { collection: string; where: string }[] = [
  {
    collection: 'form-submissions',
    where: `where[or][0][email][like]=${MARKER}&where[or][1][name][like]=${MARKER}&where[or][2][message][like]=${MARKER}`,
  },
  { collection: 'users', where: `where[email][like]=${MARKER}` },
  {
    collection: 'press-releases',
    where: `where[or][0][title][like]=${MARKER}&where[or][1][slug][like]=${MARKER}&draft=true`,
  },
  { collection: 'partners', where: `where[name][like]=${MARKER}` },
  { collection: 'media', where: `where[filename][like]=${MARKER}` },
]
/** Collections no other suite writes to: their counts must not move at all. */
const fixed = ['institutions', 'flagships', 'partners', 'pages', 'media']

let token = ''
const counts: Record<string, number> = {}

async function count(request: APIRequestContext, collection: string, where = '') {
  const response = await request.get(`/api/${collection}?limit=1&depth=0&${where}`, {
    headers: { authorization: `JWT ${token}` },
  })
  expect(response.status(), `${collection} count as admin`).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

test.beforeAll(async ({ request }) => {
  createStaffAccounts()
  const login = await request.post('/api/users/login', { data: admin })
  expect(login.status()).toBe(200)
  token = ((await login.json()) as { token: string }).token
  for (const collection of fixed) counts[collection] = await count(request, collection)
})

test.describe('bad input gets a clean answer, never a 5xx or a stack trace', () => {
  badInputCases.forEach((c, i) => {
    test(`${i + 1}. ${c.name}`, async ({ request }) => {
      const response = await request.fetch(c.path, {
        method: c.method ?? 'GET',
        // A client address per case: the contact rate limit must not turn checks into 429s.
        headers: { 'x-forwarded-for': `192.0.2.${(i % 250) + 1}`, ...c.headers },
        data: c.body,
        maxRedirects: c.follow ? 5 : 0,
        failOnStatusCode: false,
        timeout: 30_000,
      })
      const status = response.status()
      const body = await response.text()
      expect(status, `${c.name}: ${body.slice(0, 300)}`).toBeLessThan(500)
      expect(c.expect, `${c.name}: status ${status}`).toContain(Math.floor(status / 100))
      expect(body, `${c.name}: stack trace in the body`).not.toMatch(stackTrace)
      if (c.json) c.json(JSON.parse(body) as Record<string, unknown>)
      expect((await request.get('/api/health')).status(), 'server alive after').toBe(200)
    })
  })
})

test('nothing the bad input sent was stored, and nothing changed', async ({ request }) => {
  for (const { collection, where } of stores)
    expect(await count(request, collection, where), `${collection} with ${MARKER}`).toBe(0)
  for (const collection of fixed)
    expect(await count(request, collection), `${collection} count`).toBe(counts[collection])
  expect(badInputCases.length).toBeGreaterThanOrEqual(100)
})
