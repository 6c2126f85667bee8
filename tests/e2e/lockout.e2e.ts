import { type APIRequest, type APIRequestContext, expect, test } from '@playwright/test'

import { firstAdmin, staff } from './fixtures/staff'
import { createStaffAccounts } from './helpers'

// Over real HTTP against `npm start`'s server. A signed-in call carries what a browser sends
// with the session cookie on the portal's own pages: the cookie plus `Origin` and
// `Sec-Fetch-Site: same-origin`. Without a matching Origin, Payload's CSRF check silently
// ignores the cookie, and a refusal would only prove that an anonymous call is refused.
const own = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100').origin
const browserHeaders = { origin: own, 'sec-fetch-site': 'same-origin' }
const target = { email: `locked-${Date.now()}@e2e.example`, password: 'target-password-e2e' }

type Account = { email: string; password: string }
type Session = { headers: Record<string, string> }
/**
 * A sign-in on a throwaway context: a context keeps the cookies it is sent, and the requests
 * below must carry only the session they name (or none).
 */
async function loginAs(api: APIRequest, account: Account) {
  const context = await api.newContext()
  try {
    const response = await context.post('/api/users/login', {
      data: { email: account.email, password: account.password },
      headers: browserHeaders,
    })
    return { status: response.status(), body: await response.json() }
  } finally {
    await context.dispose()
  }
}

async function signIn(api: APIRequest, account: Account): Promise<Session> {
  const { status, body } = await loginAs(api, account)
  expect(status, `sign-in of ${account.email}`).toBe(200)
  return { headers: { ...browserHeaders, cookie: `payload-token=${body.token as string}` } }
}

const unlock = (request: APIRequestContext, headers: Record<string, string>) =>
  request.post('/api/users/unlock', { data: { email: target.email }, headers })
const whoIs = async (request: APIRequestContext, headers: Record<string, string>) =>
  (await (await request.get('/api/users/me', { headers })).json()).user?.email ?? null

test.beforeAll(createStaffAccounts)

test('five wrong passwords lock an account that only an admin can unlock', async ({
  playwright,
  request,
}) => {
  const api = playwright.request
  const login = (password: string) => loginAs(api, { email: target.email, password })
  const admin = await signIn(api, firstAdmin)
  const created = await request.post('/api/users', {
    data: { ...target, roles: ['editor'] },
    headers: admin.headers,
  })
  expect(created.status()).toBe(201)
  expect((await login(target.password)).status).toBe(200)

  for (let i = 1; i <= 5; i++)
    expect((await login(`wrong-password-${i}`)).status, `wrong password ${i}`).toBe(401)
  const sixth = await login(target.password)
  expect(sixth.status).toBe(401)
  expect(JSON.stringify(sixth.body)).toMatch(/locked/i)

  for (const who of ['editor', 'reviewer'] as const) {
    const session = await signIn(api, staff[who])
    // The same session, with the same headers, is live: the server knows who is calling.
    expect(await whoIs(request, session.headers), `${who}'s session`).toBe(staff[who].email)
    expect((await unlock(request, session.headers)).status(), `unlock by ${who}`).toBe(403)
  }
  expect(await whoIs(request, browserHeaders)).toBe(null)
  expect((await unlock(request, browserHeaders)).status(), 'unlock by anonymous').toBe(403)
  expect((await login(target.password)).status, 'still locked').toBe(401)

  expect(await whoIs(request, admin.headers)).toBe(firstAdmin.email)
  expect((await unlock(request, admin.headers)).status(), 'unlock by admin').toBe(200)
  expect((await login(target.password)).status, 'unlocked').toBe(200)
})
