import { expect, test } from '@playwright/test'

test('the admin answers with its sign-in or create-first-user screen', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/(login|create-first-user)/)
  await expect(page.getByRole('textbox', { name: /email/i })).toBeVisible()
})

test('the REST API serves the seeded members and flagships, never submissions', async ({
  request,
}) => {
  const members = await (await request.get('/api/institutions?limit=50')).json()
  expect(members.totalDocs).toBe(9)
  const flagships = await (await request.get('/api/flagships')).json()
  expect(flagships.totalDocs).toBe(3)
  expect((await request.get('/api/form-submissions')).status()).toBe(403)
  expect((await request.get('/api/users')).status()).toBe(403)
})

test('/en renders the seeded home page', async ({ page }) => {
  const response = await page.goto('/en')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Resilience-Oriented')
})
