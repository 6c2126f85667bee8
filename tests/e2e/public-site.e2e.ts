import { expect, test } from '@playwright/test'

import { localeNames, locales } from '../../i18n/locales'
import { axeViolations, message, pressRelease, wholeSitemap } from './helpers'

const origin = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100'

const hreflangs = (page: import('@playwright/test').Page) =>
  page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]))

test.describe('every locale’s home page', () => {
  for (const locale of locales) {
    test(`/${locale}`, async ({ page }) => {
      const response = await page.goto(`/${locale}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page).toHaveTitle(message(locale, 'Metadata.siteName'))
      await expect(
        page.getByRole('link', { name: message(locale, 'Navigation.members'), exact: true }),
      ).toBeVisible()
      const alternates = await hreflangs(page)
      expect(alternates).toContainEqual(['x-default', `${origin}/en`])
      expect(alternates).toContainEqual(['en', `${origin}/en`])
      expect(alternates).toContainEqual([locale, `${origin}/${locale}`])
    })
  }
})

// The seeded documents at their localized addresses: tests/e2e/localized-urls.e2e.ts.

test('/ sends a Finnish browser to /fi, and a chosen language wins afterwards', async ({
  browser,
  request,
}) => {
  const first = await request.get('/', {
    headers: { 'Accept-Language': 'fi-FI,fi;q=0.9,en;q=0.5' },
    maxRedirects: 0,
  })
  expect(first.status()).toBe(307)
  expect(first.headers().location).toMatch(/\/fi$/)
  const unprefixed = await request.get('/members', {
    headers: { 'Accept-Language': 'cs' },
    maxRedirects: 0,
  })
  expect(unprefixed.headers().location).toMatch(/\/cs\/clenove$/)

  // The browser's own language setting is what sends Accept-Language.
  const context = await browser.newContext({ locale: 'fi-FI' })
  const page = await context.newPage()
  // Visiting a page in another language is no choice: only the switcher records one.
  await page.goto('/de/members')
  await page.goto('/')
  await expect(page).toHaveURL(/\/fi$/)
  await page.goto('/de/members')
  await page.locator('.language-switcher summary').click()
  await page.getByRole('link', { name: localeNames.pt }).click()
  await expect(page).toHaveURL(/\/pt\/membros$/)
  await page.goto('/')
  await expect(page).toHaveURL(/\/pt$/)
  await context.close()
})

test('pages name the site’s icon, and a first visit asks for nothing that is missing', async ({
  page,
  request,
}) => {
  const missing: string[] = []
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`)
  })
  await page.goto('/nl')
  await page.waitForLoadState('networkidle')
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href')
  const icon = await request.get(href!)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toContain('image/svg+xml')
  expect(missing).toEqual([])
})

test('a first visit fetches its page once: no client hint restarts it', async ({ page }) => {
  // `Critical-CH` on a public page (withPayload's, for the admin's theme) made Chromium drop the
  // first response and ask again: lib/clientHints.ts.
  const documents: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname)
  })
  const response = await page.goto('/lt/spauda')
  expect(response?.status()).toBe(200)
  expect(response?.request().redirectedFrom()).toBeNull()
  expect(documents).toEqual(['/lt/spauda'])
  // The admin still asks for the hint it renders its theme from.
  const admin = await page.goto('/admin/login')
  expect(admin?.headers()['accept-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
})

test('pages with a locale set no cookie, so a CDN can cache them', async ({ request }) => {
  for (const path of ['/cs', '/cs/clenove', '/de/presse', '/fi/jasenet/seamk', '/de/leitbild']) {
    const response = await request.get(path, {
      headers: { 'Accept-Language': 'en' },
      maxRedirects: 0,
    })
    expect([path, response.status()]).toEqual([path, 200])
    expect([path, response.headers()['set-cookie']]).toEqual([path, undefined])
  }
})

test('the language switcher keeps the visitor on the same page', async ({ page }) => {
  await page.goto('/en/members')
  await page.locator('.language-switcher summary').click()
  await page.getByRole('link', { name: localeNames.lt }).click()
  await expect(page).toHaveURL(/\/lt\/nariai$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('lt', 'Members.title'))
})

test('the switcher works without JavaScript and by keyboard', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/en/flagships')
  // Rendered by the server with its own messages (a client component's namespace must be sent).
  await expect(page.locator('.language-switcher summary')).toContainText(
    message('en', 'LanguageSwitcher.change'),
  )
  await expect(page.locator('.language-switcher ul')).toHaveAttribute(
    'aria-label',
    message('en', 'LanguageSwitcher.label'),
  )
  await page.locator('.language-switcher summary').focus()
  await page.keyboard.press('Enter')
  await page.getByRole('link', { name: 'Deutsch' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/de\/leuchtturmprojekte$/)
  await context.close()
})

test('unknown locales and paths get a 404 page in the visitor’s language', async ({ browser }) => {
  // The browser's own language setting is what sends Accept-Language.
  const context = await browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  const response = await page.goto('/xx/whatever')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('de', 'NotFound.title'))
  await page.getByRole('link', { name: message('de', 'NotFound.home') }).click()
  await expect(page).toHaveURL(/\/de$/)
  expect((await page.goto('/fr/press/no-such-release'))?.status()).toBe(404)
  expect((await page.goto('/fr/press/page/-1'))?.status()).toBe(404)
  await context.close()
})

test('the map and the list name all nine members', async ({ page, request }) => {
  const { docs } = await (
    await request.get('/api/institutions?limit=20&where[kind][equals]=member')
  ).json()
  expect(docs).toHaveLength(9)
  await page.goto('/en/members')
  const map = page.getByRole('img', { name: message('en', 'Members.mapTitle') })
  const list = page.locator('.member-list')
  for (const member of docs as { name: string; city: string }[]) {
    await expect(map.locator('text', { hasText: member.city })).toHaveCount(1)
    await expect(list.getByRole('link', { name: member.name })).toBeVisible()
  }
})

test('the members page carries only the markers; the land is one cached image', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/en/members')).text()
  // The land used to be inlined twice (HTML and RSC payload): ~900 kB.
  expect(html.length).toBeLessThan(100_000)
  const images: string[] = []
  page.on('response', (r) => {
    if (r.request().resourceType() === 'image') images.push(new URL(r.url()).pathname)
  })
  // Pages that only link to the members page do not download its map: the page's preload hint
  // for it rides in the route's payload, which is fetched only once a visitor reaches for a link.
  for (const path of ['/en', '/de/presse']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  expect(images.filter((p) => p.startsWith('/map/'))).toEqual([])
  await page.goto('/de/members')
  const href = await page.locator('.members-map image').getAttribute('href')
  await expect.poll(() => images).toContain(href)
  // The map is the page's largest paint, drawn where the preload scanner cannot see it.
  await expect(
    page.locator(`head link[rel="preload"][as="image"][href="${href}"]`),
  ).toHaveAttribute('fetchpriority', 'high')
  const map = await request.get(href!)
  expect(map.status()).toBe(200)
  expect(map.headers()['content-type']).toBe('image/svg+xml; charset=utf-8')
  expect(map.headers()['cache-control']).toMatch(/^public, max-age=[1-9]/)
  expect(map.headers()['set-cookie']).toBeUndefined()
  expect(await map.text()).toMatch(/^<svg [^>]*viewBox="0 0 600 560"/)
})

test('links prefetch their page when reached for, not when they come into view', async ({
  page,
}) => {
  const prefetched: string[] = []
  const documents: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.searchParams.has('_rsc')) prefetched.push(url.pathname)
    if (r.resourceType() === 'document') documents.push(url.pathname)
  })
  await page.goto('/de')
  await page.waitForLoadState('networkidle')
  // Some twenty links are on screen; none of them cost a request yet.
  expect(prefetched).toEqual([])
  documents.length = 0
  // The page being shown is not fetched again when its own link is reached for.
  await page.locator('header a.brand').hover()
  const press = page
    .locator('header nav')
    .getByRole('link', { name: message('de', 'Navigation.press'), exact: true })
  // Reached by the keyboard.
  await press.focus()
  await expect.poll(() => prefetched).toContain('/de/presse')
  expect(prefetched).not.toContain('/de')
  await press.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('de', 'Press.title'))
  // A client-side navigation: no document was loaded.
  expect(documents).toEqual([])
})

test('the header and the footer keep their places while their HTML is still arriving', async ({
  browser,
}) => {
  // A slow device paints while it parses: each part of the header may show before its content
  // (a language menu without its summary is the browser's narrow "Details") and before the parts
  // after it, and a footer before its last lines. Where a part shows then must be where it stays,
  // or the page shifts. A phone and a desktop window; English, and Lithuanian's longer words.
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ]) {
    const context = await browser.newContext({ viewport, javaScriptEnabled: false })
    const page = await context.newPage()
    for (const path of ['/en', '/lt', '/en/press']) {
      await page.goto(path)
      const places = await page.evaluate(() => {
        const inner = document.querySelector('.site-header__inner')!
        const parts = [
          ...inner.children,
          // Its label is for assistive technology only, and never painted.
          ...inner.querySelectorAll('.search-box input, .search-box button'),
          document.querySelector('.site-footer')!,
        ] as HTMLElement[]
        parts.sort((a, b) =>
          a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
        )
        // A part without size shows nothing, so it cannot be seen to move (nor can the browser's
        // layout-shift measure count it).
        const place = (part: HTMLElement) => {
          const { x, y, width, height } = part.getBoundingClientRect()
          return width && height ? `${part.tagName} ${x},${y}` : null
        }
        const final = parts.map(place)
        const early = parts.map((part, i) => {
          const content = [...part.childNodes]
          const later = parts.slice(i + 1).filter((next) => !part.contains(next))
          part.replaceChildren()
          for (const next of later) next.style.display = 'none'
          const where = place(part)
          part.replaceChildren(...content)
          for (const next of later) next.style.display = ''
          return where
        })
        return { final, early }
      })
      expect(places.final).toHaveLength(7)
      const shown = places.early.map((where, i) => where ?? places.final[i])
      expect(shown, `${path} at ${viewport.width} px`).toEqual(places.final)
    }
    await context.close()
  }
})

test('a release published through the local API appears in two locales without a rebuild', async ({
  page,
  request,
}) => {
  // Two Payload processes start and stop here (~15 s each on a quiet machine).
  test.setTimeout(180_000)
  const slug = `e2e-${Date.now()}`
  pressRelease('publish', slug)
  await page.goto('/en/press')
  await expect(page.getByRole('link', { name: `E2E release ${slug}` })).toBeVisible()
  await page.goto('/de/press')
  await expect(page.getByRole('link', { name: `E2E-Pressemitteilung ${slug}` })).toBeVisible()
  await page.goto(`/de/press/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`E2E-Pressemitteilung ${slug}`)
  // Its hero image, through the image optimizer by its path on this site, in a modern format.
  const hero = page.getByRole('img', { name: `Hero image of ${slug}` })
  await expect(hero).toHaveJSProperty('complete', true)
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  const src = await hero.evaluate((img: HTMLImageElement) => img.currentSrc)
  expect(new URL(src).pathname + new URL(src).search).toMatch(
    /^\/_next\/image\?url=%2Fapi%2Fmedia%2F/,
  )
  const optimized = await request.get(src, { headers: { accept: 'image/avif,image/webp,*/*' } })
  expect([optimized.status(), optimized.headers()['content-type']]).toEqual([200, 'image/avif'])
  expect(await (await request.get('/de/press/feed.xml')).text()).toContain(
    `E2E-Pressemitteilung ${slug}`,
  )

  pressRelease('unpublish', slug)
  expect((await page.goto(`/de/press/${slug}`))?.status()).toBe(404)
  await page.goto('/en/press')
  await expect(page.getByRole('link', { name: `E2E release ${slug}` })).toHaveCount(0)
})

test('sitemap.xml and robots.txt describe the site', async ({ request }) => {
  const sitemap = await wholeSitemap(request)
  expect(sitemap).toContain(`${origin}/en/members/seamk`)
  expect(sitemap).toContain(`${origin}/cs/stezejni-projekty`)
  expect(sitemap).toContain('hreflang="de"')
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`)
})

test('visitors get no cookie and no third-party request', async ({ page, context }) => {
  const hosts = new Set<string>()
  page.on('request', (r) => hosts.add(new URL(r.url()).host))
  await page.goto('/en')
  await page.goto('/de/members')
  await page.goto('/fi/press/heroes-selected-as-european-university-alliance')
  expect([...hosts]).toEqual([new URL(origin).host])
  expect(await context.cookies()).toEqual([])
})

const pageTypes = [
  '',
  '/mission-statement',
  '/approach',
  '/privacy',
  '/flagships',
  '/flagships/heroes4regions',
  '/members',
  '/members/vilniaus-kolegija',
  '/partners',
  '/press',
  '/press/heroes-selected-as-european-university-alliance',
  '/contact',
  '/no-such-page',
]

for (const locale of ['en', 'de', 'lt']) {
  test(`no WCAG 2.1 A/AA violations on any page type in ${locale}`, async ({ page }) => {
    for (const path of pageTypes) {
      await page.goto(`/${locale}${path}`)
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] })
    }
  })
}

test('the header search finds members in the visitor’s language without JavaScript', async ({
  browser,
  page: withJavaScript,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/cs')
  await page.getByRole('searchbox', { name: message('cs', 'Search.label') }).fill('brne univerzita')
  await page.getByRole('button', { name: message('cs', 'Search.submit') }).click()
  await expect(page).toHaveURL(/\/cs\/hledat\?q=brne/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cs')
  const first = page.locator('.search-results li').first()
  await expect(first.getByRole('link')).toHaveAttribute('href', '/cs/clenove/mendelu')
  await page.goto('/cs/search?q=%3Cscript%3E&page=-4')
  await expect(page.getByRole('status')).toContainText('„<script>“')
  await context.close()

  await withJavaScript.goto('/cs/search?q=brne')
  expect(await axeViolations(withJavaScript)).toEqual([])
})

test('the key figures are formatted for each language', async ({ page }) => {
  const expected = {
    en: [
      'about 120,000',
      'students',
      'Associated partners: Albania, France, Greece, Kosovo, and Ukraine',
    ],
    de: [
      'rund 120.000',
      'Studierende',
      'Assoziierte Partner: Albanien, Frankreich, Griechenland, Kosovo und Ukraine',
    ],
    cs: ['přibližně 120 000', 'studentů', 'Přidružení partneři:'],
  }
  for (const [locale, [number, label, partners]] of Object.entries(expected)) {
    await page.goto(`/${locale}`)
    const figures = page.locator('.figures')
    await expect(figures.locator('li').nth(1)).toHaveText(`${number} ${label}`)
    await expect(figures.locator('li').first()).toContainText('9')
    await expect(figures.locator('p')).toContainText(partners)
  }
})

test('on a phone every heading of the home page and the footer are in the accessibility tree at load', async ({
  browser,
}) => {
  // What the browser skips rendering (content-visibility: auto, tried for speed) it leaves out of
  // its accessibility tree, so a screen reader could not reach the lower sections by heading.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  const page = await context.newPage()
  await page.goto('/en')
  const headings = await page.locator('main h2').allTextContents()
  expect(headings.length).toBeGreaterThan(5)
  const cdp = await context.newCDPSession(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  const named = (role: string) =>
    nodes.filter((node) => !node.ignored && node.role?.value === role).map((n) => n.name?.value)
  expect(named('heading')).toEqual(expect.arrayContaining(headings))
  expect(named('StaticText')).toContain(message('en', 'Footer.fundedBy'))
  await context.close()
})
