import { expect, type Page, test } from '@playwright/test'

import { staff } from './fixtures/staff'
import { axeViolations, createStaffAccounts, message, signInToAdmin } from './helpers'

// One story: an editor writes a micro-credential with a deadline, translates it into Czech and
// publishes; a Czech visitor without JavaScript filters the catalogue and opens it; when the
// deadline passes, it moves to the archive with nobody publishing.
test.describe.configure({ mode: 'serial' })
test.beforeAll(createStaffAccounts)

const base = process.env.E2E_BASE_URL ?? ''
const stamp = Date.now()
const english = {
  title: `Resilient regions micro-credential ${stamp}`,
  summary: 'A flexible course for professionals.',
}
const czech = {
  title: `Mikrocertifikát odolné regiony ${stamp}`,
  summary: 'Flexibilní kurz pro profesionály.',
}
// Far enough ahead for the visitor's part, near enough to wait for in the last test.
let deadline: Date
let campus: { id: number; name: string; slug: string }

/** What the admin sends: the signed-in editor's cookie, from the portal's own origin. */
const api = (page: Page, method: 'POST' | 'PATCH', path: string, data: object) =>
  page.request.fetch(`${base}${path}`, {
    method,
    data,
    headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin' },
  })

const kind = (value: string) => message('cs', `Opportunities.kinds.${value}`)
const mode = (value: string) => message('cs', `Opportunities.modes.${value}`)
/** A facet value's link, named "<value> (<count>)". */
const facetLink = (page: Page, label: string) =>
  page.getByRole('link', {
    name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`),
  })

test('an editor writes a micro-credential with a deadline, translates it into Czech and publishes', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const members = await (
    await page.request.get(`${base}/api/institutions?where[kind][equals]=member&limit=1&depth=0`)
  ).json()
  campus = members.docs[0]
  await signInToAdmin(page, staff.opportunitiesEditor)
  deadline = new Date(Date.now() + 90_000)
  const created = await api(page, 'POST', '/api/opportunities?locale=en', {
    ...english,
    kind: 'micro-credential',
    members: [campus.id],
    studyMode: 'blended',
    eqfLevel: '6',
    ects: 5,
    instructionLanguages: ['en', 'cs'],
    applicationDeadline: deadline.toISOString(),
    applicationDeadline_tz: 'Europe/Prague',
    fee: 0,
    _status: 'published',
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = await created.json()
  const translated = await api(page, 'PATCH', `/api/opportunities/${doc.id}?locale=cs`, {
    ...czech,
    _status: 'published',
  })
  expect(translated.status(), await translated.text()).toBe(200)
  // A second offer, online and by no member, so the filters have something to tell apart.
  const mooc = await api(page, 'POST', '/api/opportunities?locale=en', {
    title: `Open MOOC ${stamp}`,
    kind: 'mooc',
    studyMode: 'online',
    applicationDeadline: '2099-01-01T00:00:00.000Z',
    applicationDeadline_tz: 'UTC',
    _status: 'published',
  })
  expect(mooc.status(), await mooc.text()).toBe(201)
  // In English: the admin reopens in the content language this editor last chose elsewhere.
  await page.goto('/admin/collections/opportunities?locale=en')
  await expect(page.getByText(english.title)).toBeVisible()
})

test('a Czech visitor without JavaScript filters the catalogue and opens the offer', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/cs/prilezitosti')
  await expect(page.locator('h1')).toHaveText(message('cs', 'Opportunities.title'))
  await expect(page.getByRole('link', { name: czech.title })).toBeVisible()

  await facetLink(page, kind('micro-credential')).click()
  await expect(page).toHaveURL(/\/cs\/prilezitosti\?kind=micro-credential$/)
  await expect(page.getByRole('link', { name: czech.title })).toBeVisible()
  // Combined with a member.
  await facetLink(page, campus.name).click()
  await expect(page).toHaveURL(
    new RegExp(`/cs/prilezitosti\\?kind=micro-credential&member=${campus.slug}$`),
  )
  await expect(page.getByRole('link', { name: czech.title })).toBeVisible()
  await expect(page.getByRole('link', { name: `Open MOOC ${stamp}` })).toHaveCount(0)
  // "Online" would leave nothing now (the MOOC is the online one): shown with 0, but no link.
  await expect(page.getByText(`${mode('online')} (0)`, { exact: true })).toBeVisible()
  await expect(facetLink(page, mode('online'))).toHaveCount(0)
  // A filtered catalogue is the catalogue under another address: its canonical and alternates are
  // the catalogue's, and search engines index the catalogue only.
  await expect(page).toHaveTitle(new RegExp(`^${message('cs', 'Opportunities.title')}`))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${base}/cs/prilezitosti`,
  )
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    `${base}/en/opportunities`,
  )
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/)

  // The shared address is a cached page like the others; a value naming nothing is a 404.
  const again = await page.request.get(page.url())
  expect(again.status()).toBe(200)
  expect(again.headers()['cache-control']).toMatch(/s-maxage=\d+/)
  expect((await page.request.get('/cs/prilezitosti?member=nobody')).status()).toBe(404)

  await page.getByRole('link', { name: czech.title }).click()
  await expect(page.locator('h1')).toHaveText(czech.title)
  await expect(page.getByText(message('cs', 'Opportunities.free'))).toBeVisible()
  const course = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  )
  expect(course).toMatchObject({
    '@type': 'Course',
    name: czech.title,
    description: czech.summary,
    provider: { '@type': 'CollegeOrUniversity', name: campus.name },
    hasCourseInstance: [{ '@type': 'CourseInstance', courseMode: 'Blended' }],
    offers: { category: 'Free', price: 0, priceCurrency: 'EUR' },
  })
  await context.close()
})

test('the catalogue, a filtered one, the offer and the archive have no accessibility violations', async ({
  page,
}) => {
  // axe runs in the page: this visitor has JavaScript.
  const paths = [
    '/cs/prilezitosti',
    '/cs/prilezitosti?kind=micro-credential',
    '/cs/prilezitosti/archiv',
  ]
  for (const path of paths) {
    await page.goto(path)
    expect([path, await axeViolations(page)]).toEqual([path, []])
  }
  await page.goto('/cs/prilezitosti')
  await page.getByRole('link', { name: czech.title }).click()
  await expect(page.locator('h1')).toHaveText(czech.title)
  expect(await axeViolations(page)).toEqual([])
})

test('when the deadline passes, the offer moves to the archive without a publish', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const open = async () => (await request.get('/cs/prilezitosti')).text()
  expect(await open()).toContain(czech.title)
  // Nobody publishes from here on. Once the deadline has passed, the queued job refreshes the
  // pages; an admin asks the runner now instead of waiting for its next minute.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline.getTime() - Date.now())))
  const admin = await browser.newContext()
  const adminPage = await admin.newPage()
  await signInToAdmin(adminPage, staff.opportunitiesAdmin)
  await expect(async () => {
    // Only a run that was let in proves the job ran: a page showing the clock's change alone does
    // not, as another suite's publish re-renders the lists that also show members and flagships.
    const run = await adminPage.request.get(`${base}/api/payload-jobs/run?queue=default`, {
      headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(run.status(), await run.text()).toBe(200)
    expect(await open()).not.toContain(czech.title)
  }).toPass({ timeout: 150_000, intervals: [2_000, 5_000] })
  expect(await (await request.get('/cs/prilezitosti/archiv')).text()).toContain(czech.title)
  // The home page's nearest deadlines no longer list it either.
  expect(await (await request.get('/cs')).text()).not.toContain(czech.title)
  await admin.close()
})
