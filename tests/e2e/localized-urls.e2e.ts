import { expect, type Page, test } from '@playwright/test'

import { type Locale, locales } from '../../i18n/locales'
import { type Href, localizedPath } from '../../i18n/pathnames'
import { translations } from '../../seed/translations'
import { wholeSitemap } from './helpers'

const origin = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100'
const release = 'heroes-selected-as-european-university-alliance'

/** A seeded document's slug in `locale`, as the translators wrote it. */
const slugIn = (locale: Locale, kind: 'pressReleases' | 'pages', english: string) =>
  locale === 'en' ? english : translations[locale][kind][english].slug

/** The seeded pages to open in every locale, each with its address per locale. */
const documents: Record<string, (locale: Locale) => Href> = {
  home: () => '/',
  flagship: () => ({ pathname: '/flagships/[slug]', params: { slug: 'heroes4regions' } }),
  member: () => ({ pathname: '/members/[slug]', params: { slug: 'seamk' } }),
  'press release': (l) => ({
    pathname: '/press/[slug]',
    params: { slug: slugIn(l, 'pressReleases', release) },
  }),
  page: (l) => ({
    pathname: '/[slug]',
    params: { slug: slugIn(l, 'pages', 'accessibility-statement') },
  }),
}

const hreflangs = (page: Page) =>
  page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
    )

test.describe('the seeded documents at their localized addresses', () => {
  for (const locale of locales) {
    test(`${locale}: home, a flagship, a member, the press release, a page`, async ({ page }) => {
      for (const [name, href] of Object.entries(documents)) {
        const path = localizedPath(locale, href(locale))
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        expect(new URL(page.url()).pathname, `${name} is not redirected`).toBe(path)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        expect(await page.getByRole('note').count(), `${path}: fallback notice`).toBe(0)

        const expected = Object.fromEntries(
          locales.map((code) => [code, `${origin}${localizedPath(code, href(code))}`]),
        )
        expect(await hreflangs(page), path).toEqual({
          ...expected,
          'x-default': expected.en,
        })
        // The language menu leads to the same addresses.
        const menu = page.locator('.language-switcher a[hreflang]')
        await expect(menu).toHaveCount(locales.length)
        for (const code of locales)
          await expect(page.locator(`.language-switcher a[hreflang="${code}"]`)).toHaveAttribute(
            'href',
            localizedPath(code, href(code)),
          )
      }
    })
  }
})

test('English segments and slugs in German move permanently to the German address', async ({
  request,
}) => {
  const german = localizedPath('de', {
    pathname: '/press/[slug]',
    params: { slug: slugIn('de', 'pressReleases', release) },
  })
  const first = await request.get(`/de/press/${release}`, { maxRedirects: 0 })
  expect(first.status()).toBe(308)
  expect(new URL(first.headers().location, origin).pathname).toBe(`/de/presse/${release}`)
  const second = await request.get(`/de/presse/${release}`, { maxRedirects: 0 })
  expect(second.status()).toBe(308)
  // Next may send the page's redirect header twice (same value); Playwright joins them with ", ".
  const [location] = second.headers().location.split(', ')
  expect(new URL(location, origin).pathname).toBe(german)
  expect((await request.get(`/de/press/${release}`)).url()).toBe(`${origin}${german}`)

  for (const [from, to] of [
    ['/de/members/seamk', '/de/mitglieder/seamk'],
    ['/fi/members', '/fi/jasenet'],
    ['/cs/partners', '/cs/partneri'],
    ['/de/tisk', '/de/presse'],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(308)
    expect(new URL(response.headers().location, origin).pathname, from).toBe(to)
  }
})

test('a section word the term base retired answers from its old address with a 308', async ({
  request,
}) => {
  for (const [from, to] of [
    ['/fi/lippulaivat', '/fi/karkihankkeet'],
    ['/fi/lippulaivat/heroes4regions', '/fi/karkihankkeet/heroes4regions'],
    ['/lt/flagmanai/heroes4ever', '/lt/pavyzdines-iniciatyvos/heroes4ever'],
    ['/cs/vlajkove-projekty', '/cs/stezejni-projekty'],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(308)
    expect(new URL(response.headers().location, origin).pathname, from).toBe(to)
    expect((await request.get(from)).status(), from).toBe(200)
  }
})

test('without JavaScript the language menu still reaches the translated page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(localizedPath('de', { pathname: '/[slug]', params: { slug: 'datenschutz' } }))
  await page.locator('.language-switcher summary').click()
  await page.locator('.language-switcher a[hreflang="fi"]').click()
  await expect(page).toHaveURL(
    `${origin}${localizedPath('fi', { pathname: '/[slug]', params: { slug: slugIn('fi', 'pages', 'privacy') } })}`,
  )
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  await context.close()
})

test('the sitemap and the feeds list the localized addresses', async ({ request }) => {
  const sitemap = await wholeSitemap(request)
  for (const locale of locales) {
    const slug = slugIn(locale, 'pressReleases', release)
    expect(sitemap).toContain(
      `<loc>${origin}${localizedPath(locale, { pathname: '/press/[slug]', params: { slug } })}</loc>`,
    )
    expect(sitemap).toContain(`<loc>${origin}${localizedPath(locale, '/members')}</loc>`)
  }
  const feed = await request.get(localizedPath('lt', '/press/feed.xml'))
  expect(feed.status()).toBe(200)
  expect(await feed.text()).toContain(
    `${origin}/lt/spauda/${slugIn('lt', 'pressReleases', release)}`,
  )
})

// One test per locale: each reaches for the header's six links on three pages, which takes
// longer than one test's time limit across ten locales on a busy two-core machine.
for (const locale of locales) {
  test(`${locale}: the header’s prefetches find their pages, after any page`, async ({ page }) => {
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.url().includes('_rsc=') && response.status() >= 400)
        failed.push(`${response.status()} ${response.url()}`)
    })
    // A free page first: its address has the shape of every section's (`/pt/imprensa`).
    for (const name of ['page', 'home', 'member'] as const) {
      await page.goto(origin + localizedPath(locale, documents[name](locale)))
      // Links prefetch when reached for: reach for each of the header's.
      for (const link of await page.locator('header nav a').all()) await link.hover()
      await page.waitForLoadState('networkidle')
    }
    await page.locator('header nav a').nth(4).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/[^/]+$`))
    await page.waitForLoadState('networkidle')
    expect(failed).toEqual([])
  })
}
