import { type APIRequestContext, expect, test } from '@playwright/test'

import { firstAdmin as admin, staff } from './fixtures/staff'
import { createStaffAccounts } from './helpers'

/**
 * A reviewer's saved CSV export against the production server, tried as the reviewer, an editor
 * and an erasure request would: sessions sent as a browser sends them (cookie with Origin and
 * Sec-Fetch-Site), or Payload's CSRF check would drop the cookie and a refusal would prove nothing.
 */
const origin = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100').origin
const person = `erase-${Date.now()}@example.eu`

async function signIn(request: APIRequestContext, user: { email: string; password: string }) {
  const login = await request.post('/api/users/login', { data: user, headers: { origin } })
  expect(login.status()).toBe(200)
  const headers = {
    cookie: `payload-token=${(await login.json()).token}`,
    origin,
    'sec-fetch-site': 'same-origin',
  }
  const session = {
    headers,
    get: (p: string) => request.get(p, { headers }),
    post: (p: string, data: unknown) => request.post(p, { headers, data }),
    delete: (p: string) => request.delete(p, { headers }),
  }
  // The session is live: a refusal below is the role's, not an anonymous request's.
  const me = await session.get('/api/users/me')
  expect((await me.json()).user?.email).toBe(user.email)
  return session
}

test.beforeAll(createStaffAccounts)

test('a saved export is the reviewers’, neutralised, and erased with the person’s messages', async ({
  request,
}) => {
  const name = '=HYPERLINK("https://evil.example","Open")'
  const sent = await request.post('/api/contact', {
    data: {
      name,
      email: person,
      topic: 'other',
      message: '@SUM(1+1)',
      consent: true,
      locale: 'en',
    },
    headers: { 'x-forwarded-for': '203.0.113.41' },
  })
  expect(sent.status()).toBe(201)

  const reviewer = await signIn(request, staff.reviewer)
  const editor = await signIn(request, staff.exportsEditor)
  const made = await reviewer.post('/api/exports', {
    collectionSlug: 'form-submissions',
    format: 'csv',
    where: { email: { equals: person } },
  })
  expect(made.status()).toBe(201)
  const id = (await made.json()).doc.id
  // The job queue writes the file; an admin runs it now rather than waiting for the minute.
  const adminSession = await signIn(request, admin)
  expect((await adminSession.get('/api/payload-jobs/run?queue=default')).status()).toBe(200)
  const saved = await (await reviewer.get(`/api/exports/${id}`)).json()
  expect(saved.filename).toMatch(/\.csv$/)
  const file = `/api/exports/file/${encodeURIComponent(saved.filename)}`

  const csv = await reviewer.get(file)
  expect(csv.status()).toBe(200)
  const text = await csv.text()
  expect(text).toContain(person)
  expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""Open"")"`)
  expect(text).toContain(`'@SUM(1+1)`)

  // An editor: no list, no document, no file, no download, no deletion, no upload.
  expect((await editor.get('/api/exports')).status()).toBe(403)
  expect((await editor.get(`/api/exports/${id}`)).status()).toBe(403)
  expect((await editor.get(file)).status()).toBe(403)
  const download = await editor.post('/api/exports/download', {
    data: { collectionSlug: 'form-submissions', format: 'csv' },
  })
  expect(download.status()).toBe(403)
  expect(await download.text()).not.toContain(person)
  expect((await editor.delete(`/api/exports/${id}`)).status()).toBe(403)
  const upload = await request.post('/api/exports', {
    headers: reviewer.headers,
    multipart: {
      file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
      _payload: JSON.stringify({ collectionSlug: 'form-submissions', format: 'csv' }),
    },
  })
  expect(upload.status()).toBe(400)

  // Erasure as the README says: the person's messages, filtered by email, deleted together.
  const erased = await reviewer.delete(
    `/api/form-submissions?where[email][equals]=${encodeURIComponent(person)}`,
  )
  expect(erased.status()).toBe(200)
  expect((await reviewer.get(`/api/exports/${id}`)).status()).toBe(404)
  expect((await reviewer.get(file)).status()).toBe(404)
})

test('a client that rotates X-Forwarded-For is limited by the address the proxy appended', async ({
  request,
}) => {
  const statuses: number[] = []
  for (let i = 0; i < 6; i++) {
    const response = await request.post('/api/contact', {
      data: {},
      // The suite's server trusts one proxy hop: the last entry is the proxy's own record.
      headers: { 'x-forwarded-for': `198.18.${i}.${i + 1}, 203.0.113.42` },
    })
    statuses.push(response.status())
  }
  expect(statuses).toEqual([400, 400, 400, 400, 400, 429])
})
