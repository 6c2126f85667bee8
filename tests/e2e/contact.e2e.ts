import { expect, type Page, test } from '@playwright/test'

import { axeViolations, message } from './helpers'

async function fillForm(page: Page, overrides: Record<string, string> = {}) {
  await page.locator('#name').fill(overrides.name ?? 'Eva Novak')
  await page.locator('#email').fill(overrides.email ?? 'eva@example.eu')
  await page.locator('#organisation').fill('Regional SME Network')
  await page.locator('#topic').selectOption('partnership')
  await page.locator('#institution').selectOption('mendelu')
  await page
    .locator('#message')
    .fill(overrides.message ?? 'Wir möchten zusammenarbeiten. <b>Danke</b>')
  await page.locator('#consent').check()
}

test('a German visitor with JavaScript sends a message without reloading', async ({ page }) => {
  await page.goto('/de/contact')
  await page.waitForTimeout(3_500) // a person takes longer than the bot threshold
  await fillForm(page, { name: `Eva JS ${Date.now()}` })
  let navigations = 0
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++)
  await page.getByRole('button', { name: message('de', 'ContactForm.submit') }).click()
  await expect(page.getByRole('status')).toContainText(message('de', 'ContactForm.sentTitle'))
  expect(navigations).toBe(0)
})

test('a Lithuanian visitor without JavaScript gets the confirmation page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/lt/contact')
  await fillForm(page, { message: 'Labas, norėčiau sužinoti daugiau.' })
  await page.getByRole('button', { name: message('lt', 'ContactForm.submit') }).click()
  await expect(page.getByText(message('lt', 'ContactForm.sentTitle'))).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt')
  await context.close()
})

for (const javaScriptEnabled of [true, false]) {
  test(`a wrong email gets a localized error and keeps the rest (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto('/de/contact')
    await fillForm(page, { email: 'eva@' })
    await page.getByRole('button', { name: message('de', 'ContactForm.submit') }).click()
    const email = page.getByRole('textbox', {
      name: new RegExp(`^${message('de', 'ContactForm.email')}`),
    })
    await expect(page.getByText(message('de', 'ContactForm.errors.emailInvalid'))).toBeVisible()
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    // The field itself shows its error, and not by colour alone: a wider leading border and a
    // warning sign, which a valid field has not.
    const look = (field: typeof email) =>
      field.evaluate((el) => {
        const style = getComputedStyle(el)
        return { edge: style.borderInlineStartWidth, sign: style.backgroundImage !== 'none' }
      })
    expect(await look(email)).toEqual({ edge: '8px', sign: true })
    expect(await look(page.locator('#name'))).toEqual({ edge: '2px', sign: false })
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([])
    await expect(email).toHaveValue('eva@')
    await expect(page.locator('#name')).toHaveValue('Eva Novak')
    await expect(page.locator('#message')).toHaveValue('Wir möchten zusammenarbeiten. <b>Danke</b>')
    await expect(page.locator('#topic')).toHaveValue('partnership')
    await expect(page.getByRole('checkbox')).toBeChecked()
    if (javaScriptEnabled) await expect(email).toBeFocused()
    await context.close()
  })
}

for (const javaScriptEnabled of [true, false]) {
  test(`a name with a right-to-left override gets a localized error and keeps everything typed (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    // Its own client address (as the reverse proxy sets it): the form's other tests share one.
    const address = `198.51.100.${javaScriptEnabled ? 211 : 212}`
    const context = await browser.newContext({
      javaScriptEnabled,
      extraHTTPHeaders: { 'x-forwarded-for': address },
    })
    const page = await context.newPage()
    await page.goto('/cs/contact')
    // With JavaScript the form notes when it was opened: a person takes longer than the bot
    // threshold, and a faster post is answered "sent" without being checked.
    if (javaScriptEnabled) await page.waitForTimeout(3_500)
    const name = 'Eva \u202ekavoN'
    await fillForm(page, { name, message: 'Dobrý den, 😀 مرحبا' })
    await page.getByRole('button', { name: message('cs', 'ContactForm.submit') }).click()
    const field = page.getByRole('textbox', {
      name: new RegExp(`^${message('cs', 'ContactForm.name')}`),
    })
    await expect(
      page.getByText(message('cs', 'ContactForm.errors.directionControls')),
    ).toBeVisible()
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toHaveValue(name)
    await expect(page.locator('#email')).toHaveValue('eva@example.eu')
    await expect(page.locator('#organisation')).toHaveValue('Regional SME Network')
    await expect(page.locator('#message')).toHaveValue('Dobrý den, 😀 مرحبا')
    await expect(page.locator('#topic')).toHaveValue('partnership')
    await expect(page.locator('#institution')).toHaveValue('mendelu')
    await expect(page.getByRole('checkbox')).toBeChecked()
    await context.close()
  })
}

test('the JSON endpoint answers with statuses that say what happened', async ({ request }) => {
  const headers = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200)}` }
  const bad = await request.post('/api/contact', { data: { locale: 'fr', email: 'x' }, headers })
  expect(bad.status()).toBe(400)
  const badBody = await bad.json()
  expect(badBody.errors.email).toBe('emailInvalid')
  // With the form's own words, in the message's language.
  expect(badBody.messages.email).toBe(message('fr', 'ContactForm.errors.emailInvalid'))
  const malformed = await request.post('/api/contact', {
    data: '{"name":',
    headers: { ...headers, 'content-type': 'application/json' },
  })
  expect(malformed.status()).toBe(400)
  const huge = await request.post('/api/contact', {
    data: { message: 'x'.repeat(40_000) },
    headers,
  })
  expect(huge.status()).toBe(413)
  const statuses = []
  for (let i = 0; i < 5; i++)
    statuses.push((await request.post('/api/contact', { data: {}, headers })).status())
  expect(statuses.at(-1)).toBe(429)
})
