import fs from 'node:fs'

import { expect, type Page, test } from '@playwright/test'
import ICAL from 'ical.js'

import { staff } from './fixtures/staff'
import { axeViolations, createStaffAccounts, message, signInToAdmin } from './helpers'

// One story: an editor writes and translates an event, a Czech visitor finds it without
// JavaScript and takes it into their calendar; a second event ends and leaves the list by itself.
test.describe.configure({ mode: 'serial' })
test.beforeAll(createStaffAccounts)

const base = process.env.E2E_BASE_URL ?? ''
const stamp = Date.now()
const english = { title: `Regional challenge day ${stamp}`, summary: 'Work on a real challenge.' }
const czech = { title: `Den regionálních výzev ${stamp}`, summary: 'Práce na skutečné výzvě.' }
// 29 March 2027, 10:00 in Prague: the day after the change to summer time (UTC+2), so 08:00 UTC.
const startsAt = '2027-03-29T08:00:00.000Z'
const endsAt = '2027-03-29T14:00:00.000Z'
let campus: { id: number; name: string; slug: string }

/** What the admin sends: the signed-in editor's cookie, from the portal's own origin. */
const api = (page: Page, method: 'POST' | 'PATCH', path: string, data: object) =>
  page.request.fetch(`${base}${path}`, {
    method,
    data,
    headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin' },
  })

test('an editor writes an event at a member’s campus, translates it into Czech and publishes', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const members = await (
    await page.request.get(`${base}/api/institutions?where[kind][equals]=member&limit=1&depth=0`)
  ).json()
  campus = members.docs[0]
  await signInToAdmin(page, staff.eventsEditor)
  const created = await api(page, 'POST', '/api/events?locale=en', {
    ...english,
    startsAt,
    startsAt_tz: 'Europe/Prague',
    endsAt,
    endsAt_tz: 'Europe/Prague',
    format: 'onsite',
    venueInstitution: campus.id,
    organisers: [campus.id],
    audiences: ['students', 'businesses'],
    eventLanguages: ['en', 'cs'],
    _status: 'published',
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = await created.json()
  const translated = await api(page, 'PATCH', `/api/events/${doc.id}?locale=cs`, {
    ...czech,
    _status: 'published',
  })
  expect(translated.status(), await translated.text()).toBe(200)
  // The admin lists it with its translation status.
  // In English: the admin reopens in the content language this editor last chose elsewhere.
  await page.goto('/admin/collections/events?locale=en')
  await expect(page.getByText(english.title)).toBeVisible()
})

test('a Czech visitor without JavaScript filters, opens the event and imports its .ics', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto('/cs/akce')
  await expect(page.locator('h1')).toHaveText(message('cs', 'Events.title'))
  await expect(page.getByRole('link', { name: czech.title })).toBeVisible()

  // Only choices that leave events are offered, each with its count.
  const format = page.getByLabel(message('cs', 'Events.format'), { exact: true })
  await expect(format.locator('option', { hasText: 'Online' })).toHaveCount(0)
  await format.selectOption('onsite')
  await page.getByLabel(message('cs', 'Events.member'), { exact: true }).selectOption(campus.slug)
  await page.getByRole('button', { name: message('cs', 'Events.apply') }).click()
  await expect(page).toHaveURL(/\/cs\/akce\?.*format=onsite/)
  await expect(page).toHaveURL(new RegExp(`member=${campus.slug}`))
  await expect(page.getByRole('link', { name: czech.title })).toBeVisible()
  const shared = page.url()

  // The shared address is a cached page like the others.
  const again = await page.request.get(shared)
  expect(again.status()).toBe(200)
  expect(again.headers()['cache-control']).toMatch(/s-maxage=\d+/)
  // A value that names nothing is a 404, not an empty list.
  expect((await page.request.get('/cs/akce?member=nobody')).status()).toBe(404)

  await page.getByRole('link', { name: czech.title }).click()
  await expect(page.locator('h1')).toHaveText(czech.title)
  await expect(page.getByText(campus.name).first()).toBeVisible()
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  )
  expect(jsonLd).toMatchObject({
    '@type': 'Event',
    name: czech.title,
    startDate: startsAt,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  })

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: message('cs', 'Events.addToCalendar') }).click(),
  ])
  const file = testInfo.outputPath('event.ics')
  await download.saveAs(file)
  const vevent = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8'))).getFirstSubcomponent(
    'vevent',
  )
  const event = new ICAL.Event(vevent!)
  expect(event.summary).toBe(czech.title)
  const start = event.startDate.toJSDate()
  expect(start.toISOString()).toBe(startsAt)
  const local = new Intl.DateTimeFormat('cs', { timeZone: 'Europe/Prague', timeStyle: 'short' })
  expect(local.format(start)).toBe('10:00')
  expect(local.format(event.endDate.toJSDate())).toBe('16:00')
  await context.close()
})

test('the list, a filtered list and the event page have no accessibility violations', async ({
  page,
}) => {
  // axe runs in the page: this visitor has JavaScript.
  for (const path of ['/cs/akce', `/cs/akce?member=${campus.slug}`, '/cs/akce/archiv']) {
    await page.goto(path)
    expect([path, await axeViolations(page)]).toEqual([path, []])
  }
  await page.getByRole('link', { name: message('cs', 'Events.seeUpcoming') }).click()
  await page.getByRole('link', { name: czech.title }).click()
  await expect(page.locator('h1')).toHaveText(czech.title)
  expect(await axeViolations(page)).toEqual([])
})

test('the language and member calendars list the event', async ({ request }) => {
  const feed = await request.get('/cs/akce/calendar.ics')
  expect(feed.headers()['content-type']).toContain('text/calendar')
  const names = new ICAL.Component(ICAL.parse(await feed.text()))
    .getAllSubcomponents('vevent')
    .map((v) => v.getFirstPropertyValue('summary'))
  expect(names).toContain(czech.title)
  const member = await request.get(`/cs/clenove/${campus.slug}/events.ics`)
  expect(await member.text()).toContain(`DTSTART:20270329T080000Z`)
})

test('an event that ends leaves the upcoming list by itself, into the archive', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000)
  await signInToAdmin(page, staff.eventsEditor)
  const title = `Short online session ${stamp}`
  const ends = new Date(Date.now() + 20_000)
  const created = await api(page, 'POST', '/api/events?locale=en', {
    title,
    startsAt: new Date(Date.now() - 60_000).toISOString(),
    startsAt_tz: 'UTC',
    endsAt: ends.toISOString(),
    endsAt_tz: 'UTC',
    format: 'online',
    _status: 'published',
  })
  expect(created.status(), await created.text()).toBe(201)
  expect(await (await request.get('/en/events')).text()).toContain(title)

  // Nobody publishes from here on. Once it has ended, the queued job refreshes the lists; an
  // admin asks the runner now instead of waiting for its next minute.
  await page.waitForTimeout(Math.max(0, ends.getTime() - Date.now() + 1_000))
  const admin = await page.context().browser()!.newContext()
  const adminPage = await admin.newPage()
  await signInToAdmin(adminPage, staff.eventsAdmin)
  await expect(async () => {
    // Only a run that was let in proves the job ran: a page showing the clock's change alone does
    // not, as another suite's publish re-renders the lists that also show members and flagships.
    const run = await adminPage.request.get(`${base}/api/payload-jobs/run?queue=default`, {
      headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(run.status(), await run.text()).toBe(200)
    expect(await (await request.get('/en/events')).text()).not.toContain(title)
  }).toPass({ timeout: 150_000, intervals: [2_000, 5_000] })
  expect(await (await request.get('/en/events/past')).text()).toContain(title)
  await admin.close()
})
