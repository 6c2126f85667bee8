import { expect, type Page, test } from '@playwright/test'

import { staff } from './fixtures/staff'
import { createStaffAccounts } from './helpers'

// Every page type, as a visitor meets it, with the headers npm start's server sends and the
// Content-Security-Policy proven in the browser: its inline scripts run (they are hashed), none
// is refused, and the page hydrates.
const pageTypes = [
  '/en',
  '/lt',
  '/en/press',
  '/cs/tisk',
  '/en/press/heroes-selected-as-european-university-alliance',
  '/en/members',
  '/de/mitglieder/seamk',
  '/en/flagships',
  '/fi/karkihankkeet/heroes4regions',
  '/en/partners',
  '/pt/contacto',
  '/en/accessibility-statement',
  '/sv/sok?q=heroes',
  '/en/no-such-page',
]

test.beforeAll(createStaffAccounts)

/** Records every CSP violation the page reports, from before its first script. */
async function watchViolations(page: Page) {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      )
    })
  })
  return refused
}

function directives(policy: string | undefined) {
  return Object.fromEntries(
    (policy ?? '').split(/;\s*/).map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name, values]
    }),
  ) as Record<string, string[]>
}

test('every kind of response carries the security headers', async ({ request }) => {
  for (const path of [
    ...pageTypes,
    '/admin/login',
    '/api/health',
    '/api/press-releases?limit=1',
    '/en/press/feed.xml',
    // Answered by npm start's server itself once Payload has started (scripts/serve/contact.mjs).
    'POST /api/contact',
  ]) {
    const response = path.startsWith('POST ')
      ? await request.post(path.slice(5), {
          data: {},
          headers: { 'x-forwarded-for': '203.0.113.80' },
        })
      : await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(headers['strict-transport-security'], path).toContain('max-age=')
    expect(headers['x-powered-by'], path).toBeUndefined()
    if (!headers['content-type']?.startsWith('text/html')) continue
    const csp = directives(headers['content-security-policy'])
    expect(csp['script-src']?.[0], path).toBe("'self'")
    expect(csp['script-src']?.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(
      true,
    )
    expect(csp['script-src'], path).not.toContain("'unsafe-inline'")
    expect(csp['script-src'], path).not.toContain("'unsafe-eval'")
    expect(csp['default-src'], path).toEqual(["'self'"])
    expect(csp['object-src'], path).toEqual(["'none'"])
    expect(csp['frame-ancestors'], path).toEqual(["'none'"])
  }
})

test('public pages run under the policy: inline scripts allowed by hash, none refused', async ({
  page,
}) => {
  const refused = await watchViolations(page)
  for (const path of pageTypes) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBeLessThan(500)
    const hashes = directives(response?.headers()['content-security-policy'])['script-src']
    expect(hashes?.length ?? 0, `${path}: Next's inline scripts are hashed`).toBeGreaterThan(1)
    // Next's inline bootstrap ran (it defines __next_f), and React hydrated the page.
    await page.waitForFunction(() => Array.isArray((window as { __next_f?: unknown }).__next_f))
    await page.waitForLoadState('networkidle')
    expect(refused, path).toEqual([])
  }
  // Client navigation loads more code from the same origin only.
  await page.goto('/en')
  await page.locator('header a[href="/en/press"]').first().click()
  await expect(page).toHaveURL(/\/en\/press$/)
  expect(refused).toEqual([])
})

test('a script injected into a page is refused', async ({ page }) => {
  const refused = await watchViolations(page)
  await page.goto('/en')
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return (window as { injected?: boolean }).injected === true
  })
  expect(ran).toBe(false)
  expect(refused.join('\n')).toMatch(/script-src/)
})

test('the admin works under its policy, live preview included', async ({ page }) => {
  test.setTimeout(120_000)
  const refused = await watchViolations(page)
  const login = await page.goto('/admin/login')
  const csp = directives(login?.headers()['content-security-policy'])
  expect(csp['frame-src']).toEqual(["'self'"])
  expect(csp['frame-ancestors']).toEqual(["'none'"])
  await page.getByLabel(/email/i).fill(staff.headersEditor.email)
  await page.getByLabel(/password/i).fill(staff.headersEditor.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  const seeded = 'heroes-selected-as-european-university-alliance'
  // With the headers a browser's own fetch sends: without them Payload's CSRF check reads the
  // cookie as nobody's, and an anonymous read misses the release while its latest version is a
  // draft another suite saved (seen in a parallel run).
  const found = await page.request.get(
    `/api/press-releases?where[slug][equals]=${seeded}&depth=0&draft=true`,
    { headers: { origin: new URL(page.url()).origin, 'sec-fetch-site': 'same-origin' } },
  )
  const id = (await found.json()).docs[0].id
  await page.goto('/admin/collections/press-releases')
  await page.goto(`/admin/collections/press-releases/${id}?locale=en`)
  await expect(page.locator('#field-title')).toBeVisible()
  // The rich-text editor is interactive.
  await expect(page.locator('[data-lexical-editor="true"]').first()).toBeVisible()

  // Live preview frames the draft page of the same origin, which allows exactly that. (Payload
  // remembers the editor's last choice, so it may be open already.)
  const toggler = page.locator('#live-preview-toggler')
  if (!/--active/.test((await toggler.getAttribute('class')) ?? '')) await toggler.click()
  const draftPage = new RegExp(`/en/press/${seeded}(\\?|$)`)
  let framedUrl = ''
  await expect(async () => {
    const frame = page.frames().find((f) => draftPage.test(f.url()))
    expect(await frame?.locator('h1').textContent()).toContain('HEROES')
    framedUrl = frame?.url() ?? ''
  }).toPass({ timeout: 45_000 })
  // The same request as the frame's, with the editor's draft-mode cookie.
  const framed = await page.request.get(framedUrl)
  expect(directives(framed.headers()['content-security-policy'])['frame-ancestors']).toEqual([
    "'self'",
  ])
  expect(refused).toEqual([])
})
