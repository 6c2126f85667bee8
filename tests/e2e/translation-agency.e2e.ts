import fs from 'node:fs'

import { type Download, expect, type Page, test } from '@playwright/test'

import { translateXliff } from '../helpers/xliff'
import { staff } from './fixtures/staff'
import { asStaff, clickUntilAnswered, createStaffAccounts, message, signInToAdmin } from './helpers'

/**
 * An agency round trip (issue 22's "Checked by"): the comms office exports a press release as
 * XLIFF for Lithuanian, Czech and Finnish from the admin; the agency's files (made here by a
 * script) come back through the admin's import; the Lithuanian and Czech translators approve
 * their languages and an editor the Finnish one; visitors then read each language at its own
 * address with its own `lang`. Then a translator's re-edit of an approved partner description
 * (a collection without drafts) waits for approval while visitors keep the approved text.
 */
test.describe.configure({ mode: 'serial' })
test.beforeAll(createStaffAccounts)

const stamp = Date.now()
const english = { title: `Agency round trip ${stamp}`, summary: 'Nine members translate.' }
const slug = `agency-round-trip-${stamp}`
const languages = [
  { code: 'lt', name: 'Lietuvių', approver: staff.agencyTranslatorLt },
  { code: 'cs', name: 'Čeština', approver: staff.agencyTranslatorCs },
  { code: 'fi', name: 'Suomi', approver: staff.agencyEditor },
] as const
/** The agency's "translation": each text run marked with its language, so it is traceable. */
const agency = (code: string) => (text: string) => `${text} [${code}]`
let id = 0

test('an editor exports three languages, the agency’s files are imported, each waits for approval', async ({
  page,
  playwright,
}, testInfo) => {
  test.setTimeout(180_000)
  id = await asStaff(playwright, staff.agencyEditor, async (editor) => {
    const created = await editor.post('/api/press-releases?locale=en', {
      data: { ...english, slug, publishedAt: new Date().toISOString(), _status: 'published' },
    })
    expect(created.status(), await created.text()).toBe(201)
    return (await created.json()).doc.id
  })

  await signInToAdmin(page, staff.agencyEditor)
  // In English: the admin reopens in the content language an earlier journey of this editor chose.
  await page.goto('/admin/collections/press-releases?locale=en')
  await page
    .locator('.table tbody tr', { hasText: english.title })
    .locator('input[type="checkbox"]')
    .check()
  await page.getByText('Translation agency (XLIFF)').first().click()
  for (const { name } of languages) await page.getByLabel(name).first().check()
  const downloads: Download[] = []
  page.on('download', (download) => downloads.push(download))
  await page.getByRole('button', { name: 'Export XLIFF' }).first().click()
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(languages.length)

  for (const { code, name } of languages) {
    const file = downloads.find((d) => d.suggestedFilename().endsWith(`-${code}.xlf`))!
    const exported = fs.readFileSync((await file.path())!, 'utf8')
    expect(exported).toContain(`trgLang="${code}"`)
    const translated = testInfo.outputPath(`agency-${code}.xlf`)
    fs.writeFileSync(translated, translateXliff(exported, agency(code)))
    await page.locator('.xliff-panel input[type="file"]').first().setInputFiles(translated)
    await expect(
      page.getByText(new RegExp(`^Imported into ${name}, awaiting approval: .*${stamp}`)),
    ).toBeVisible({ timeout: 20_000 })
  }

  // Imported, not yet approved: visitors still read English in each language.
  const { states } = await asStaff(playwright, staff.agencyEditor, async (editor) =>
    (await editor.get(`/api/translations/status?collection=press-releases&id=${id}`)).json(),
  )
  for (const { code } of languages) {
    expect(states[code]).toBe('awaiting')
    await page.goto(`/${code}/press/${slug}`)
    await expect(page.locator('h1')).toHaveText(english.title)
  }
})

/** The language a heading is marked in: its own `lang`, or its nearest ancestor's. */
const langOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => (el.closest('[lang]') as HTMLElement | null)?.lang)

test('each language is approved in the admin by its translator (Finnish by an editor) and goes live', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  for (const { code, approver } of languages) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signInToAdmin(page, approver)
    await page.goto(`/admin/collections/press-releases/${id}?locale=${code}`)
    if ((approver.roles as readonly string[]).includes('translator')) {
      // A translator's XLIFF panel offers their own language only.
      await expect(page.locator('.xliff-panel .xliff-panel__language')).toHaveText([
        languages.find((l) => l.code === code)!.name,
      ])
    }
    await expect(page.locator('#field-title')).toHaveValue(`${english.title} [${code}]`)
    const approved = await clickUntilAnswered(
      page,
      page.getByRole('button', { name: message('en', 'Admin.ui.approveButton') }),
      (r) => r.url().endsWith('/api/translations/approve'),
    )
    expect(approved.status()).toBe(200)
    await context.close()

    const visitor = await browser.newPage()
    await expect(async () => {
      await visitor.goto(`/${code}/press/${slug}`)
      await expect(visitor.locator('h1')).toHaveText(`${english.title} [${code}]`, {
        timeout: 1_000,
      })
    }).toPass({ timeout: 15_000 })
    await expect(visitor.locator('html')).toHaveAttribute('lang', code)
    expect(await langOf(visitor, 'h1')).toBe(code)
    await expect(visitor.locator('.fallback-notice')).toHaveCount(0)
    await visitor.close()
  }
  // English visitors still read English.
  const page = await browser.newPage()
  await page.goto(`/en/press/${slug}`)
  await expect(page.locator('h1')).toHaveText(english.title)
  await page.close()
})

test('a re-edit of an approved partner description waits; visitors keep the approved text until it is approved', async ({
  page,
  playwright,
}) => {
  const name = `Agency partner ${stamp}`
  const partner = await asStaff(playwright, staff.agencyEditor, async (editor) => {
    const created = await editor.post('/api/partners?locale=en', {
      data: { name, kind: 'other', description: 'English description of the partner.' },
    })
    expect(created.status(), await created.text()).toBe(201)
    return (await created.json()).doc.id
  })
  const lithuanian = <T>(act: Parameters<typeof asStaff<T>>[2]) =>
    asStaff(playwright, staff.agencyTranslatorLt, act)
  const write = (description: string) =>
    lithuanian(async (translator) => {
      const saved = await translator.patch(`/api/partners/${partner}?locale=lt`, {
        data: { description },
      })
      expect(saved.status(), await saved.text()).toBe(200)
    })
  const approve = () =>
    lithuanian(async (translator) => {
      const approved = await translator.post('/api/translations/approve', {
        data: { collection: 'partners', id: partner, locale: 'lt' },
      })
      expect(approved.status(), await approved.text()).toBe(200)
    })
  const card = page.locator('.card', { hasText: name })
  const shows = async (text: string) =>
    expect(async () => {
      await page.goto('/lt/partners')
      await expect(card).toContainText(text, { timeout: 1_000 })
    }).toPass({ timeout: 15_000 })

  await write('Patvirtintas partnerio aprašymas.')
  await shows('English description of the partner.')
  await approve()
  await shows('Patvirtintas partnerio aprašymas.')
  await write('Pataisytas partnerio aprašymas.')
  // Saved and revalidated, yet visitors keep the approved text while the re-edit waits.
  await page.goto('/lt/partners')
  await expect(card).toContainText('Patvirtintas partnerio aprašymas.')
  await expect(card).not.toContainText('Pataisytas')
  await approve()
  await shows('Pataisytas partnerio aprašymas.')
})
