import { type APIRequestContext, expect, test } from '@playwright/test'

import { staff } from './fixtures/staff'
import { createStaffAccounts } from './helpers'

const own = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100').origin
const foreign = 'https://evil.example'

let cookie = ''

test.beforeAll(async ({ playwright }) => {
  createStaffAccounts()
  const context = await playwright.request.newContext()
  const login = await context.post('/api/users/login', {
    data: { email: staff.csrfEditor.email, password: staff.csrfEditor.password },
    headers: { origin: own },
  })
  expect(login.status()).toBe(200)
  const token = (await login.json()).token as string
  cookie = `payload-token=${token}`
  await context.dispose()
})

/** A client that holds the editor's session cookie and nothing else, as a browser would. */
const withCookie = (request: APIRequestContext, headers: Record<string, string>) => ({
  get: (path: string) => request.get(path, { headers: { cookie, ...headers } }),
  post: (path: string, data: unknown) =>
    request.post(path, { headers: { cookie, ...headers }, data }),
  delete: (path: string) => request.delete(path, { headers: { cookie, ...headers } }),
})

const release = (tag: string) => ({
  title: `CSRF probe ${tag}`,
  slug: `csrf-probe-${tag}-${Date.now()}`,
  _status: 'draft',
})

test('a cookie-authenticated call from a foreign origin acts as nobody', async ({ request }) => {
  const attacker = withCookie(request, { origin: foreign })
  expect((await (await attacker.get('/api/users/me')).json()).user).toBeNull()
  expect((await attacker.post('/api/press-releases', release('foreign'))).status()).toBe(403)

  // No Origin header, but the browser says the request is cross-site.
  const crossSite = withCookie(request, { 'sec-fetch-site': 'cross-site' })
  expect((await crossSite.post('/api/press-releases', release('cross-site'))).status()).toBe(403)
})

test('the same cookie from the portal’s own origin works', async ({ request }) => {
  const editor = withCookie(request, { origin: own })
  const me = (await (await editor.get('/api/users/me')).json()).user
  expect(me?.email).toBe(staff.csrfEditor.email)
  const created = await editor.post('/api/press-releases', release('own'))
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id
  expect((await editor.delete(`/api/press-releases/${id}`)).status()).toBe(200)
})

test('nothing the foreign calls sent was stored', async ({ request }) => {
  const editor = withCookie(request, { origin: own })
  const probes = await editor.get(
    '/api/press-releases?draft=true&where[slug][like]=csrf-probe-&depth=0',
  )
  expect((await probes.json()).totalDocs).toBe(0)
})
