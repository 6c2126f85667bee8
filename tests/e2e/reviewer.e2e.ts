import { expect, test } from '@playwright/test'

import { staff } from './fixtures/staff'
import { createStaffAccounts, signInToAdmin } from './helpers'

const { reviewer, editor } = staff

test.beforeAll(createStaffAccounts)

test('a reviewer finds a submission, marks it answered and exports CSV', async ({
  page,
  request,
}) => {
  const name = `Review Me ${Date.now()}`
  const sent = await request.post('/api/contact', {
    data: {
      name,
      email: 'visitor@example.eu',
      topic: 'research',
      message: 'Hello',
      consent: true,
      locale: 'fi',
    },
    headers: { 'x-forwarded-for': '203.0.113.7' },
  })
  expect(sent.status()).toBe(201)

  await signInToAdmin(page, reviewer)

  await page.goto('/admin/collections/form-submissions')
  await page.getByPlaceholder(/search/i).fill(name)
  // The list re-renders while the search applies: open the row's link by its address.
  const row = page.getByRole('row', { name: new RegExp(name) })
  const href = await row.getByRole('link').first().getAttribute('href')
  await page.goto(href!)
  await expect(page.locator('#field-name')).toHaveValue(name)
  // The field renders on the server before its menu is hydrated, and a click before then opens
  // nothing: open it again until the option shows.
  const answered = page.getByRole('option', { name: 'Answered' })
  await expect(async () => {
    await page.locator('#field-status').click()
    await expect(answered).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  await answered.click()
  // The save request itself, not its toast, which can come and go on a loaded machine.
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && /\/api\/form-submissions\/\d+/.test(r.url()),
  )
  await page.getByRole('button', { name: 'Save' }).click()
  expect((await saved).status()).toBe(200)

  const csv = await page.request.post('/api/exports/download', {
    data: {
      data: {
        collectionSlug: 'form-submissions',
        format: 'csv',
        where: { status: { equals: 'answered' } },
      },
    },
    // As the admin's own export button does: cookie-authenticated calls must name their origin.
    headers: { Origin: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100' },
  })
  expect(csv.status()).toBe(200)
  const text = await csv.text()
  expect(text).toContain(name)
  expect(text.split('\n')[0]).toMatch(/status/)
})

test('editors can neither read nor export submissions', async ({ playwright }) => {
  const origin = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100'
  const signIn = await playwright.request.newContext({ baseURL: origin })
  const login = await signIn.post('/api/users/login', { data: editor, headers: { origin } })
  expect(login.status()).toBe(200)
  const { token } = await login.json()
  await signIn.dispose()
  // As the editor's browser sends it: without Origin, Payload's CSRF check drops the cookie and
  // the request runs anonymous, so a refusal would prove nothing about editors.
  const api = await playwright.request.newContext({
    baseURL: origin,
    extraHTTPHeaders: { cookie: `payload-token=${token}`, origin, 'sec-fetch-site': 'same-origin' },
  })
  const me = await (await api.get('/api/users/me')).json()
  expect(me.user?.email).toBe(editor.email)

  expect((await api.get('/api/form-submissions')).status()).toBe(403)
  const exported = await api.post('/api/exports/download', {
    data: { data: { collectionSlug: 'form-submissions', format: 'csv' } },
    // A refusal is immediate; an answer that never comes is a failure, not a wait.
    timeout: 15_000,
  })
  // The export plugin answers every failure with 400 and the reason.
  expect([400, 401, 403]).toContain(exported.status())
  const text = await exported.text()
  expect(text).toMatch(/not allowed/i)
  expect(text).not.toContain('visitor@example.eu')
  await api.dispose()
})
