import { type Browser, expect, test } from '@playwright/test'

import { type Locale, locales } from '../../i18n/locales'
import { localizedPath } from '../../i18n/pathnames'
import { institutions } from '../../seed/data/institutions'
import { partners } from '../../seed/data/partners'
import {
  type SampleEvent,
  sampleEventFilter,
  sampleEvents,
  sampleText,
} from '../helpers/sampleEvents'
import { createSampleEvents, message } from './helpers'
import { missingPath, pageTypes, pathOf } from './servedPages'

// The page types include the events' pages, shown with the sample events (never seeded).
test.beforeAll(createSampleEvents)

const origin = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100'

// What the served HTML says before any JavaScript runs: a browser with JavaScript off sees
// exactly what a crawler, a validator or a screen reader reading the document gets.
const withoutJavaScript = async (browser: Browser, locale = 'en-GB') => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale })
  return { context, page: await context.newPage() }
}

test('the 404 page is complete in the served HTML in every locale, with status 404', async ({
  browser,
}) => {
  const { context, page } = await withoutJavaScript(browser)
  const addresses = (locale: Locale) => [
    missingPath(locale),
    // Below a section, and a document that does not exist.
    `${localizedPath(locale, '/press')}/no-such-release`,
    `${localizedPath(locale, '/members')}/no-such-member`,
  ]
  for (const locale of locales) {
    for (const address of addresses(locale)) {
      const response = await page.goto(address)
      expect([address, response?.status()]).toEqual([address, 404])
      const html = await response!.text()
      expect(html).not.toContain('__next_error__')
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.locator('header.site-header')).toBeVisible()
      await expect(page.locator('footer.site-footer')).toContainText(
        message(locale, 'Footer.fundedBy'),
      )
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        message(locale, 'NotFound.title'),
      )
      await expect(
        page.getByRole('link', { name: message(locale, 'NotFound.home') }),
      ).toHaveAttribute('href', `/${locale}`)
      await expect(page).toHaveTitle(new RegExp(`^${message(locale, 'NotFound.title')}`))
      expect(await page.locator('meta[name="robots"]').first().getAttribute('content')).toMatch(
        /noindex/,
      )
    }
  }
  // The page behind the 404 is no page of its own: its address is a 404 like any other.
  const own = await page.goto('/de/page-not-found')
  expect(own?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('de', 'NotFound.title'))
  await context.close()
  // An unknown locale goes to the visitor's language first, and is a 404 there.
  const german = await withoutJavaScript(browser, 'de-DE')
  const response = await german.page.goto('/xx/whatever')
  expect(response?.status()).toBe(404)
  await expect(german.page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(german.page.getByRole('heading', { level: 1 })).toHaveText(
    message('de', 'NotFound.title'),
  )
  await german.context.close()
})

test('every page type names its language’s press feed for feed readers', async ({ request }) => {
  for (const locale of ['en', 'de', 'cs'] as const) {
    const feed = `${localizedPath(locale, '/press')}/feed.xml`
    const paths = [
      ...Object.values(pageTypes).map((href) => pathOf(locale, href(locale))),
      missingPath(locale),
    ]
    for (const path of paths) {
      const html = await (await request.get(path)).text()
      const links = [...html.matchAll(/<link[^>]+type="application\/rss\+xml"[^>]*>/g)].map(
        ([link]) => link,
      )
      expect([path, links.length]).toEqual([path, 1])
      expect(links[0]).toContain(`href="${origin}${feed}"`)
      expect(links[0]).toContain('rel="alternate"')
      expect(links[0]).toContain(`title="${message(locale, 'Press.feedTitle')}"`)
    }
    const response = await request.get(feed)
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain(`<language>${locale}</language>`)
  }
})

test('English proper names in translated pages are marked as English', async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser)
  await page.goto(localizedPath('cs', '/members'))
  for (const member of institutions)
    await expect(
      page.locator('.member-list').getByText(member.name, { exact: true }),
    ).toHaveAttribute('lang', 'en')
  await page.goto(localizedPath('de', { pathname: '/members/[slug]', params: { slug: 'seamk' } }))
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
  await page.goto(localizedPath('fi', '/partners'))
  for (const partner of partners)
    await expect(page.getByRole('heading', { level: 3, name: partner.name })).toHaveAttribute(
      'lang',
      'en',
    )
  // On an English page the names need no mark of their own.
  await page.goto('/en/partners')
  await expect(page.getByRole('heading', { level: 3, name: 'EURASHE' })).not.toHaveAttribute(
    'lang',
    /./,
  )
  await context.close()
})

test('the legal pages say visibly what the alliance has not supplied yet', async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser)
  for (const [locale, english, kind] of [
    ['de', 'legal-notice', 'publisher'],
    ['en', 'legal-notice', 'publisher'],
    ['lt', 'privacy', 'controller'],
  ] as const) {
    const path = pathOf(
      locale,
      pageTypes[english === 'privacy' ? 'privacy policy' : 'legal notice'](locale),
    )
    await page.goto(path)
    const section = page.locator(
      `section#identity-${kind}, section[aria-labelledby="identity-${kind}"]`,
    )
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(
      message(locale, `Legal.${kind}Title`),
    )
    // Name, address and email, each "not yet provided": nothing invented in their place.
    await expect(section.getByText(message(locale, 'Legal.missing'), { exact: true })).toHaveCount(
      3,
    )
  }
  await context.close()
})

test('a press release date no editor has confirmed is not shown, nor given to feeds', async ({
  request,
}) => {
  const html = await (
    await request.get('/en/press/heroes-selected-as-european-university-alliance')
  ).text()
  expect(html).toContain('HEROES selected as a European University Alliance')
  expect(html).not.toMatch(/<time\b/)
  expect(await (await request.get('/en/press')).text()).not.toMatch(/<time\b/)
  const feed = await (await request.get('/en/press/feed.xml')).text()
  expect(feed).toContain('<item>')
  expect(feed).not.toContain('<pubDate>')
})

test('the events list, a filtered list, the archive and an event are whole without JavaScript', async ({
  browser,
}) => {
  const { context, page } = await withoutJavaScript(browser)
  const { upcoming, past } = sampleEvents
  const detail = (locale: Locale, event: SampleEvent) =>
    localizedPath(locale, {
      pathname: '/events/[slug]',
      params: { slug: sampleText(event, locale).slug },
    })
  for (const locale of ['en', 'de', 'lt', 'cs'] as const) {
    const list = localizedPath(locale, '/events')
    for (const [address, event] of [
      [list, upcoming],
      [`${list}?${sampleEventFilter}`, upcoming],
      [localizedPath(locale, '/events/past'), past],
    ] as const) {
      const response = await page.goto(address)
      expect([address, response?.status()]).toEqual([address, 200])
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      const title = sampleText(event, locale).title
      await expect(page.getByRole('link', { name: title, exact: true })).toHaveAttribute(
        'href',
        detail(locale, event),
      )
    }
    // A filtered list is the list under another address: its alternates and canonical are the
    // list's, and search engines index the list only.
    await page.goto(`${list}?${sampleEventFilter}`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${list}`)
    await expect(page.locator('link[rel="alternate"][hreflang="cs"]')).toHaveAttribute(
      'href',
      `${origin}${localizedPath('cs', '/events')}`,
    )
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/)
    // The detail page in the visitor's language, with its translations as alternates.
    const text = sampleText(upcoming, locale)
    expect((await page.goto(detail(locale, upcoming)))?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title)
    await expect(page.getByText(text.venue).first()).toBeVisible()
    await expect(
      page.getByRole('link', { name: message(locale, 'Events.addToCalendar') }),
    ).toHaveAttribute('href', `${detail(locale, upcoming)}/calendar.ics`)
    for (const other of ['en', 'de', 'fi', 'lt', 'cs'] as const)
      await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute(
        'href',
        `${origin}${detail(other, upcoming)}`,
      )
  }
  await context.close()
})
