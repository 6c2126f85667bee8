import {
  type APIRequestContext,
  expect,
  type Page,
  type PlaywrightWorkerArgs,
  test,
} from '@playwright/test'

import { staff } from './fixtures/staff'
import {
  apiSession as session,
  clickUntilAnswered,
  createStaffAccounts,
  message,
  signInToAdmin,
} from './helpers'

/**
 * The translation workflow as the alliance's people live it: the comms office publishes a press
 * release in English; the Lithuanian translator at Vilniaus kolegija finds it waiting, translates
 * and approves it, and visitors read it in Lithuanian; the English changes and the Lithuanian
 * turns outdated but stays online with a note; the Czech translator cannot touch the Lithuanian.
 */
test.describe.configure({ mode: 'serial' })
test.beforeAll(createStaffAccounts)

const stamp = Date.now()
const english = { title: `Alliance meets in Vilnius ${stamp}`, summary: 'Nine members meet.' }
const lithuanian = {
  title: `Aljansas susitinka Vilniuje ${stamp}`,
  summary: 'Susitinka devyni nariai.',
}
const slug = `alliance-meets-in-vilnius-${stamp}`
let id = 0

const lithuanianPage = (page: Page) => page.goto(`/lt/press/${slug}`)
/** The language the title is marked in: its own `lang`, or its nearest ancestor's. */
const titleLang = (page: Page) =>
  page.locator('h1').evaluate((h1) => (h1.closest('[lang]') as HTMLElement | null)?.lang)

test('the English release is published; Lithuanian visitors get English, marked as such', async ({
  page,
  playwright,
}) => {
  const editor: APIRequestContext = await session(playwright, staff.translationEditor)
  const created = await editor.post('/api/press-releases?locale=en', {
    data: { ...english, slug, publishedAt: new Date().toISOString(), _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  id = (await created.json()).doc.id
  await editor.dispose()

  await lithuanianPage(page)
  await expect(page.locator('h1')).toHaveText(english.title)
  expect(await titleLang(page)).toBe('en')
  await expect(page.locator('.fallback-notice').first()).toBeVisible()
})

/** The latest draft of the release in Lithuanian, as the editor reads it over REST. */
async function lithuanianDraft(playwright: PlaywrightWorkerArgs['playwright']) {
  const editor = await session(playwright, staff.translationEditor)
  const answer = await editor.get(`/api/press-releases/${id}?locale=lt&draft=true&depth=0`)
  const doc = await answer.json()
  await editor.dispose()
  return doc as { title: string; summary: string }
}

test('the Lithuanian translator sees the waiting work, translates and approves it', async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000)
  await signInToAdmin(page, staff.translatorLt)
  await page.goto('/admin/translations')
  const row = page.locator('tr', { hasText: english.title })
  await expect(row).toHaveAttribute('data-state', 'missing')
  await expect(row).toContainText('Lietuvių')
  await row.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/press-releases/${id}\\?locale=lt`))

  // Drafts save themselves while the translator types; nothing is public yet.
  const autosaved = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && /autosave=true/.test(r.url()) && r.ok(),
  )
  await page.locator('#field-title').fill(lithuanian.title)
  await page.locator('#field-summary').fill(lithuanian.summary)
  await autosaved
  // The last keystrokes are saved too before approving.
  await expect(async () => {
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && /autosave=true/.test(r.url()),
      { timeout: 5_000 },
    )
    await saved.catch(() => undefined)
    expect((await lithuanianDraft(playwright)).summary).toBe(lithuanian.summary)
  }).toPass({ timeout: 30_000 })

  await page.goto('/admin/translations')
  await expect(page.locator('tr', { hasText: english.title })).toHaveAttribute(
    'data-state',
    'awaiting',
  )
  await page.goto(`/admin/collections/press-releases/${id}?locale=lt`)
  const approved = await clickUntilAnswered(
    page,
    page.getByRole('button', { name: message('en', 'Admin.ui.approveButton') }),
    (r) => r.url().endsWith('/api/translations/approve'),
  )
  expect(approved.status()).toBe(200)
  await expect(page.locator('.approve-translation [role="status"]')).toContainText(
    message('en', 'Admin.ui.approveDone'),
  )
})

test('visitors read it at its Lithuanian address with lang="lt"', async ({ page }) => {
  await expect(async () => {
    await lithuanianPage(page)
    await expect(page.locator('h1')).toHaveText(lithuanian.title, { timeout: 1_000 })
  }).toPass({ timeout: 10_000 })
  expect(new URL(page.url()).pathname).not.toBe(`/lt/press/${slug}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt')
  expect(await titleLang(page)).toBe('lt')
  await expect(page.locator('.fallback-notice')).toHaveCount(0)
  // English visitors still read English.
  await page.goto(`/en/press/${slug}`)
  await expect(page.locator('h1')).toHaveText(english.title)
})

test('the English changes: Lithuanian turns outdated, stays online with a note to the English', async ({
  page,
  playwright,
}) => {
  const editor = await session(playwright, staff.translationEditor)
  const changed = await editor.patch(`/api/press-releases/${id}?locale=en`, {
    data: { title: `${english.title} (updated)`, _status: 'published' },
  })
  expect(changed.status(), await changed.text()).toBe(200)
  await editor.dispose()

  await signInToAdmin(page, staff.translatorLt)
  await page.goto('/admin/translations')
  await expect(page.locator('tr', { hasText: english.title })).toHaveAttribute(
    'data-state',
    'outdated',
  )

  const visitor = await page.context().browser()!.newPage()
  await expect(async () => {
    await lithuanianPage(visitor)
    await expect(visitor.locator('.fallback-notice a[hreflang="en"]')).toBeVisible({
      timeout: 1_000,
    })
  }).toPass({ timeout: 10_000 })
  await expect(visitor.locator('h1')).toHaveText(lithuanian.title)
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'lt')
  expect(await titleLang(visitor)).toBe('lt')
  const note = visitor.locator('.fallback-notice', { has: visitor.locator('a[hreflang="en"]') })
  await note.locator('a').click()
  await expect(visitor.locator('h1')).toHaveText(`${english.title} (updated)`)
  await visitor.close()
})

test('the Czech translator cannot touch the Lithuanian text, in the admin or the API', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000)
  await signInToAdmin(page, staff.translatorCs)
  await page.goto(`/admin/collections/press-releases/${id}?locale=lt`)
  await expect(page.locator('#field-title')).toBeDisabled()
  await expect(
    page.getByRole('button', { name: message('en', 'Admin.ui.approveButton') }),
  ).toHaveCount(0)

  const czech = await session(playwright, staff.translatorCs)
  const write = await czech.patch(`/api/press-releases/${id}?locale=lt&draft=true`, {
    data: { title: 'Přepsáno' },
  })
  expect(write.status()).toBe(403)
  const approve = await czech.post('/api/translations/approve', {
    data: { collection: 'press-releases', id, locale: 'lt' },
  })
  expect(approve.status()).toBe(403)
  const graphql = await czech.post('/api/graphql', {
    data: {
      query: `mutation { updatePressRelease(id: ${id}, locale: lt, draft: true, data: { title: "Přepsáno" }) { id } }`,
    },
  })
  expect(JSON.stringify(await graphql.json())).toMatch(/not allowed|forbidden/i)
  // Its own language is open to it.
  const own = await czech.patch(`/api/press-releases/${id}?locale=cs&draft=true`, {
    data: { title: `Aliance se schází ve Vilniusu ${stamp}` },
  })
  expect(own.status()).toBe(200)
  await czech.dispose()

  expect((await lithuanianDraft(playwright)).title).toBe(lithuanian.title)
})
