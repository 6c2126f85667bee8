import fs from 'node:fs'

import { expect, test } from '@playwright/test'

import { translateXliff } from '../helpers/xliff'
import { staff } from './fixtures/staff'
import { createStaffAccounts, signInToAdmin } from './helpers'

const origin = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100'

test.beforeAll(createStaffAccounts)

test('an editor writing a variant the term base avoids is warned, in their admin language, naming the preferred term', async ({
  page,
  context,
}) => {
  await signInToAdmin(page, staff.toolsEditor)
  // The admin in German from here on (Payload reads its language cookie on every request).
  await context.addCookies([{ name: 'payload-lng', value: 'de', url: origin }])
  await page.goto('/admin/collections/flagships?limit=10')
  const edit = page.locator('.table a[href*="/admin/collections/flagships/"]').first()
  const href = await edit.getAttribute('href')
  await page.goto(`${href}?locale=lt`)
  const tagline = page.locator('#field-tagline')
  await expect(tagline).toBeVisible()
  const before = await tagline.inputValue()
  await tagline.fill(`${before} Trys flagmanai`)
  const warnings = page.locator('.term-warnings')
  await expect(warnings).toContainText('Terminologiedatenbank')
  await expect(warnings).toContainText(
    '„flagmanai“: Die Terminologiedatenbank empfiehlt „pavyzdinė iniciatyva“.',
  )
  // The save goes through (a warning, not a refusal), and says so once stored.
  await page.locator('#action-save').click()
  await expect(
    page.getByText(/Gespeichert\. Der Text in dieser Sprache verwendet Wörter/),
  ).toBeVisible({
    timeout: 20_000,
  })
  // Put the seeded text back, and wait until it is stored.
  await tagline.fill(before)
  await expect(warnings).toHaveCount(0)
  const restored = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && /\/api\/flagships\/\d+/.test(r.url()),
  )
  await page.locator('#action-save').click()
  expect((await restored).status()).toBe(200)
})

test('an editor exports selected press releases as XLIFF and imports the agency’s file', async ({
  page,
}, testInfo) => {
  await signInToAdmin(page, staff.toolsEditor)
  // In English: the admin reopens in the content language an earlier journey of this editor chose.
  await page.goto('/admin/collections/press-releases?locale=en')
  // The seeded release, whose English names terms of the term base; other journeys add releases
  // that name none, and the list's order is theirs to change.
  await page
    .locator('.table tbody tr', { hasText: 'HEROES selected as a European University Alliance' })
    .locator('input[type="checkbox"]')
    .check()
  await page.getByText('Translation agency (XLIFF)').first().click()
  await page.getByLabel('Lietuvių').first().check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export XLIFF' }).first().click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^heroes-press-releases-\d+-lt\.xlf$/)
  const exported = fs.readFileSync((await file.path())!, 'utf8')
  expect(exported).toContain('trgLang="lt"')
  expect(exported).toContain('<gls:glossary>')

  const translated = testInfo.outputPath('translated-lt.xlf')
  fs.writeFileSync(
    translated,
    translateXliff(exported, (t) => t.toUpperCase()),
  )
  await page.locator('.xliff-panel input[type="file"]').first().setInputFiles(translated)
  await expect(page.getByText(/^Imported into Lietuvių, awaiting approval: /)).toBeVisible({
    timeout: 20_000,
  })

  // A file whose source is not English is refused with the reason, in the admin's words.
  const wrong = testInfo.outputPath('wrong.xlf')
  fs.writeFileSync(
    wrong,
    fs.readFileSync(translated, 'utf8').replace('srcLang="en"', 'srcLang="de"'),
  )
  await page.locator('.xliff-panel input[type="file"]').first().setInputFiles(wrong)
  await expect(
    page.getByText('The file’s source language is “de”, not English. Nothing was imported.'),
  ).toBeVisible({ timeout: 20_000 })
})
