import { type BrowserContext, expect, type Page, test } from '@playwright/test'

import { firstAdmin, staff } from './fixtures/staff'
import { createStaffAccounts, message, signInToAdmin } from './helpers'

/**
 * The admin as staff use it every day, in Finnish and in German and Lithuanian (issue 22, items 7
 * and 8): no English left in the navigation and tabs, the content language named on every edit
 * view, the author of every draft and the assignee shown by name, a first
 * publish that says "Publish", and a CSV export that starts from every column and row.
 */
const origin = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100').origin

test.beforeAll(createStaffAccounts)

/** The interface language, as Payload keeps it after a choice in the account settings. */
async function speak(context: BrowserContext, language: string) {
  await context.addCookies([{ name: 'payload-lng', value: language, url: origin }])
}

/** A tab of the edit view (Payload renders tabs as buttons). */
const tab = (page: Page, name: string) =>
  page.locator('.tabs-field').getByRole('button', { name, exact: true })

const nav = (page: Page) => page.getByRole('complementary').getByRole('navigation')

test('an editor works in Finnish: author and content language named, “Julkaise” first', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000)
  await signInToAdmin(page, staff.languagesEditor)
  await speak(context, 'fi')
  await page.goto('/admin')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  // Finnish navigation; the technical entries are not an editor's.
  await expect(nav(page)).toContainText(message('fi', 'Admin.collections.press-releases.plural'))
  await expect(nav(page).locator('#nav-payload-jobs')).toHaveCount(0)
  await expect(nav(page).locator('#nav-search')).toHaveCount(0)

  // "Create New" stores an autosaved draft at once (Payload): it names its author, and the
  // maintenance job clears it if it is left without a title (tests/int/daily-work).
  await page.goto('/admin/collections/press-releases/create?locale=en')
  await expect(page).toHaveURL(/\/press-releases\/\d+/)
  await expect(page.locator('#field-title')).toBeVisible()

  // The content language, named in Finnish, on the form and on the menu (not "Locale").
  const banner = page.locator('.editing-language')
  await expect(banner).toContainText('Muokkaat kieliversiota: englanti.')
  await expect(page.locator('.localizer')).toContainText('Sisällön kieli')
  // Tabs of the SEO plugin in Finnish too.
  await expect(tab(page, 'Sisältö')).toBeVisible()
  await expect(tab(page, 'Hakukoneoptimointi')).toBeVisible()
  // Never published: "Publish", not "Publish changes".
  await expect(page.locator('#action-save')).toHaveText('Julkaise')

  const title = `Kesäkoulu alkaa ${Date.now()}`
  // The autosave of the title, not a toast.
  const autosaved = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && /autosave=true/.test(r.url()) && r.ok(),
  )
  await page.locator('#field-title').fill(title)
  await autosaved
  await expect(page.locator('#action-save')).toHaveText('Julkaise')

  // Its preview does not claim it was published.
  const [preview] = await Promise.all([
    page.waitForEvent('popup'),
    page.locator('.preview-btn').first().click(),
  ])
  const notYet = message('en', 'Press.notPublished').split(' (')[0]
  await expect(preview.locator('.eyebrow')).toContainText(notYet)
  await expect(preview.locator('.eyebrow')).not.toContainText('Published on')
  await preview.close()

  // Switching the content language is visible at once.
  const id = new URL(page.url()).pathname.split('/').pop()
  await page.goto(`/admin/collections/press-releases/${id}?locale=lt`)
  await expect(banner).toContainText('Muokkaat kieliversiota: liettua.')
  await expect(banner).toHaveAttribute('data-locale', 'lt')

  // The list names each draft's author.
  await page.goto('/admin/collections/press-releases?locale=en')
  const row = page.getByRole('row', { name: new RegExp(title) })
  await expect(page.getByRole('columnheader', { name: 'Luonut' })).toBeVisible()
  await expect(row).toContainText(staff.languagesEditor.email)
})

test('an admin in German sees no English in the navigation and the tabs', async ({
  page,
  context,
}) => {
  await signInToAdmin(page, firstAdmin)
  await speak(context, 'de')
  await page.goto('/admin')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  const text = await nav(page).innerText()
  for (const english of ['Search Results', 'Payload Jobs', 'Administration', 'Exports'])
    expect(text).not.toContain(english)
  await expect(nav(page)).toContainText('Suchindex')
  await expect(nav(page)).toContainText('Hintergrundaufgaben')
  // One administration group, not a translated one and an English one.
  await expect(nav(page).getByText('Verwaltung', { exact: true })).toHaveCount(1)

  await page.goto('/admin/collections/pages/create?locale=de')
  await expect(tab(page, 'Inhalt')).toBeVisible()
  await expect(tab(page, 'Content')).toHaveCount(0)
  await expect(page.locator('.editing-language')).toContainText(
    'Sie bearbeiten die Fassung: Deutsch.',
  )
  await expect(page.locator('.localizer')).toContainText('Inhaltssprache')
})

test('a reviewer in Lithuanian assigns a colleague by name and exports every column', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000)
  const name = `Assign Me ${Date.now()}`
  const sent = await request.post('/api/contact', {
    data: {
      name,
      email: 'assign@example.eu',
      topic: 'studies',
      message: 'Labas',
      consent: true,
      locale: 'lt',
    },
    headers: { 'x-forwarded-for': '203.0.113.77' },
  })
  expect(sent.status()).toBe(201)

  await signInToAdmin(page, staff.reviewer)
  await speak(context, 'lt')
  await page.goto('/admin/collections/form-submissions')
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt')
  const href = await page
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('link')
    .first()
    .getAttribute('href')
  await page.goto(href!)

  // Any reviewer, listed by name; editors are not offered.
  const colleague = page.getByRole('option', { name: staff.colleague.name })
  await expect(async () => {
    await page.locator('#field-assignee .rs__control').click()
    await expect(colleague).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  await expect(page.getByRole('option', { name: staff.languagesEditor.email })).toHaveCount(0)
  await colleague.click()
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && /\/api\/form-submissions\/\d+/.test(r.url()),
  )
  await page.locator('#action-save').click()
  expect((await saved).status()).toBe(200)
  await page.reload()
  await expect(page.locator('#field-assignee')).toContainText(staff.colleague.name)

  // The export drawer: every useful column, no row limit, a real title.
  await page.goto('/admin/collections/form-submissions')
  // The menu renders before it is hydrated: open it again until the item shows.
  const item = page.locator('.export-list-menu-item')
  await expect(async () => {
    await page.locator('#list-menu button').first().click()
    await expect(item).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  await item.click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.locator('.fields-to-export').first()).toBeVisible()
  await expect(drawer.locator('.fields-to-export .rs__multi-value')).toHaveCount(13)
  await expect(drawer.locator('#field-limit')).toHaveValue('')
  await expect(drawer.getByRole('heading', { level: 2 }).first()).toHaveText(
    message('lt', 'Admin.ui.exportTitle'),
  )
  await expect(drawer.getByRole('textbox', { name: 'Failo pavadinimas' })).toHaveValue(
    new RegExp(`^${message('lt', 'Admin.collections.exports.singular')} \\d{4}-`),
  )

  // The file itself, as the drawer's download sends it: names and labels in Lithuanian.
  const csv = await page.request.post('/api/exports/download', {
    data: {
      data: {
        collectionSlug: 'form-submissions',
        format: 'csv',
        where: { name: { equals: name } },
      },
    },
    headers: { origin },
  })
  expect(csv.status()).toBe(200)
  const text = await csv.text()
  expect(text).toContain(staff.colleague.name)
  expect(text).toContain(message('lt', 'Admin.options.topic.studies'))
  expect(text).toContain('assign@example.eu')
  expect(text).toContain('Labas')
})

const finnishMonth = /(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu/
const englishMonth =
  /January|February|March|April|May|June|July|August|September|October|November|December/

test('the Finnish admin writes its dates with Finnish month names', async ({ page, context }) => {
  await signInToAdmin(page, staff.languagesEditor)
  await speak(context, 'fi')
  // Payload's own date cells (date-fns, whose Finnish locale Payload does not load itself).
  await page.goto('/admin/collections/press-releases?locale=en')
  const dates = page.locator('.table tbody td.cell-publishedAt, .table tbody td.cell-updatedAt')
  await expect(dates.first()).toHaveText(finnishMonth)
  expect(await dates.allInnerTexts()).not.toContainEqual(expect.stringMatching(englishMonth))
  // The document's own "last modified" line.
  await page.locator('.table tbody a[href*="/press-releases/"]').first().click()
  await expect(page.locator('.doc-controls__meta')).toContainText(finnishMonth)
  await expect(page.locator('.doc-controls__meta')).not.toContainText(englishMonth)
})
