import fs from 'node:fs'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { staff } from './fixtures/staff'
import { createStaffAccounts, signInToAdmin } from './helpers'

// The admin journey is one story: sign in, write, translate, attach, publish, unpublish.
test.describe.configure({ mode: 'serial' })

test.beforeAll(createStaffAccounts)

/** A valid one-page PDF made on the spot (uploads are checked by content, not by name). */
function pdfFile(dir: string) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, i) => {
    const offset = body.length
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `pressemitteilung-${Date.now()}.pdf`)
  fs.writeFileSync(file, body)
  return file
}

/**
 * Clicks Publish and waits for the save request itself (not a toast, which can come and go).
 * Payload ignores the click while an autosave of the same form is in flight, so the click is
 * repeated until a publish request goes out; publishing twice is harmless.
 */
async function publish(page: Page) {
  const isPublish = (r: { request(): { method(): string }; url(): string }) =>
    ['POST', 'PATCH'].includes(r.request().method()) &&
    /\/api\/press-releases(\/\d+)?\?/.test(r.url()) &&
    !/autosave=true/.test(r.url())
  await expect(async () => {
    const response = page.waitForResponse(isPublish, { timeout: 15_000 })
    await page.locator('#action-save').click()
    const saved = await response
    expect(saved.status(), await saved.text()).toBeLessThan(300)
  }).toPass({ timeout: 90_000 })
}

const stamp = Date.now()
const english = { title: `Alliance opens a summer school ${stamp}`, summary: 'Nine countries.' }
const german = { title: `Allianz eröffnet Sommerschule ${stamp}`, summary: 'Neun Länder.' }
const slug = `alliance-opens-a-summer-school-${stamp}`
// The German translation gets its own address, made from its title.
const germanPath = `/de/presse/allianz-eroffnet-sommerschule-${stamp}`
let editUrl = ''

test('an editor writes a release in English, adds German and a PDF, and publishes', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  await signInToAdmin(page, staff.editor)

  await page.goto('/admin/collections/press-releases/create?locale=en')
  await page.locator('#field-title').fill(english.title)
  await page.locator('#field-summary').fill(english.summary)
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type('Applications open now.')
  await publish(page)
  await expect(page).toHaveURL(/\/press-releases\/\d+/)
  editUrl = page.url().split('?')[0]

  // The translation status shows English as the source and German as missing.
  const germanStatus = (p: Page) => p.locator('.translation-status-field li[title^="Deutsch:"]')
  await expect(germanStatus(page)).toHaveClass(/--missing/)

  await page.goto(`${editUrl}?locale=de`)
  await page.locator('#field-title').fill(german.title)
  await page.locator('#field-summary').fill(german.summary)
  await page.locator('.upload__createNewToggler').first().click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles(pdfFile(testInfo.outputDir))
  await drawer.locator('#action-save').click()
  await expect(page.locator('.upload-relationship-details')).toContainText(/\.pdf/)
  await publish(page)
  await expect(germanStatus(page)).toHaveClass(/--current/)
})

test('visitors see it in German and English, with the PDF and in the German feed', async ({
  page,
  request,
}) => {
  // The English address in German leads to the German one.
  await page.goto(`/de/press/${slug}`)
  await expect(page).toHaveURL(new RegExp(`${germanPath}$`))
  await expect(page.locator('h1')).toHaveText(german.title)
  await expect(page.locator('a[href$=".pdf"]')).toBeVisible()

  await page.goto(`/en/press/${slug}`)
  await expect(page.locator('h1')).toHaveText(english.title)

  const feed = await (await request.get('/de/press/feed.xml')).text()
  expect(feed).toContain(german.title)
})

test('an editor previews a draft change in German; visitors keep the published text', async ({
  page,
  browser,
  request,
}) => {
  await signInToAdmin(page, staff.editor)
  await page.goto(`${editUrl}?locale=de`)
  const draftTitle = `${german.title} (Entwurf)`
  // Drafts save themselves (autosave): the change is stored, not published.
  const autosaved = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && /autosave=true/.test(r.url()) && r.ok(),
  )
  await page.locator('#field-title').fill(draftTitle)
  await autosaved

  // Payload's live-preview client, loaded only in draft mode, announces itself when it starts
  // listening for saves (to the window that opened it, or to itself in a tab of its own).
  await page.context().addInitScript(() => {
    Object.assign(window, { livePreviewReady: false })
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'payload-live-preview' && event.data.ready)
        Object.assign(window, { livePreviewReady: true })
    })
  })
  const [preview] = await Promise.all([
    page.waitForEvent('popup'),
    page.locator('.preview-btn').first().click(),
  ])
  await expect(preview).toHaveURL(new RegExp(`${germanPath}$`))
  await expect(preview.locator('h1')).toHaveText(draftTitle)
  await expect(preview.locator('.preview-bar')).toBeVisible()
  await expect
    .poll(() => preview.evaluate(() => (window as { livePreviewReady?: boolean }).livePreviewReady))
    .toBe(true)

  // A visitor, even one holding the link, gets the published version or nothing.
  const visitor = await browser.newPage()
  await visitor.goto(germanPath)
  await expect(visitor.locator('h1')).toHaveText(german.title)
  const link = new URL(preview.url(), 'http://x').pathname
  expect(link).toBe(germanPath)
  const previewUrl = await page.evaluate(
    () => (document.querySelector('.preview-btn') as HTMLAnchorElement | null)?.href ?? '',
  )
  if (previewUrl) {
    const response = await request.get(new URL(previewUrl).pathname + new URL(previewUrl).search, {
      maxRedirects: 0,
    })
    expect(response.status()).toBe(403)
  }
  await visitor.close()
})

test('unpublishing removes it for visitors in both languages', async ({ page, request }) => {
  await signInToAdmin(page, staff.editor)
  await page.goto(editUrl)
  await page.locator('.doc-controls__dots').click()
  await page.getByRole('button', { name: /unpublish/i }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /confirm/i })
    .click()
  await expect(page.getByText(/unpublished successfully|success/i).first()).toBeVisible()

  for (const locale of ['de', 'en']) {
    expect((await request.get(`/${locale}/press/${slug}`)).status()).toBe(404)
  }
  expect((await request.get(germanPath)).status()).toBe(404)
  const feed = await (await request.get('/de/press/feed.xml')).text()
  expect(feed).not.toContain(german.title)
})
