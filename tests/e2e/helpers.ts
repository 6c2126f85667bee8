import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import {
  type APIRequestContext,
  expect,
  type Locator,
  type Page,
  type PlaywrightWorkerArgs,
  type Response,
  test,
} from '@playwright/test'

type Tree = { [key: string]: string | Tree }

/** A message from messages/<locale>.json, so assertions follow the translations. */
export function message(locale: string, key: string): string {
  const tree: Tree = JSON.parse(fs.readFileSync(path.join('messages', `${locale}.json`), 'utf8'))
  const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree)
  if (typeof value !== 'string') throw new Error(`no message ${locale}:${key}`)
  return value
}

const axeSource = fs.readFileSync(path.join('node_modules', 'axe-core', 'axe.min.js'), 'utf8')

/** WCAG 2.1 A and AA violations on the page, as reported by axe-core. */
export async function axeViolations(page: Page) {
  // Evaluated, not added as an inline <script>: the page's Content-Security-Policy would block it.
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  })
}

/** Creates the staff accounts the suites sign in with (fixtures/users.ts, the local API in its own process). */
export function createStaffAccounts() {
  execFileSync('node', ['scripts/ts.mjs', 'tests/e2e/fixtures/users.ts'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  })
}

/** Creates the sample events (tests/helpers/sampleEvents.ts) if they are not there yet. */
export function createSampleEvents() {
  execFileSync('node', ['scripts/ts.mjs', 'tests/e2e/fixtures/events.ts'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  })
}

/** Runs the press-release fixture script: the local API in another process, like a job would. */
export function pressRelease(action: 'publish' | 'unpublish', slug: string) {
  execFileSync('node', ['scripts/ts.mjs', 'tests/e2e/fixtures/pressRelease.ts', action, slug], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  })
}

/**
 * Signs in through the admin's login form. React resets a form filled before it hydrates, so
 * on a loaded machine the form is filled and sent again until the dashboard shows.
 */
export async function signInToAdmin(page: Page, user: { email: string; password: string }) {
  const dashboard = /\/admin\/?$/
  await page.goto('/admin/login')
  await expect(async () => {
    if (dashboard.test(new URL(page.url()).pathname)) return
    await page.getByLabel(/email/i).fill(user.email, { timeout: 10_000 })
    await page.getByLabel(/password/i).fill(user.password, { timeout: 10_000 })
    await page.getByRole('button', { name: /login/i }).click({ timeout: 10_000 })
    await expect(page).toHaveURL(dashboard, { timeout: 10_000 })
  }).toPass({ timeout: 60_000 })
}

/**
 * Clicks a button of the admin until the request it sends has answered. The admin renders its
 * buttons on the server, and a click before React has hydrated them does nothing; the action
 * must be one that may safely be sent twice (the second click only after the first got nothing).
 */
export async function clickUntilAnswered(
  page: Page,
  button: Locator,
  sends: (response: Response) => boolean,
): Promise<Response> {
  let answer: Response | undefined
  await expect(async () => {
    const answered = page.waitForResponse(sends, { timeout: 10_000 })
    answered.catch(() => undefined) // awaited below unless the click itself fails
    await button.click({ timeout: 10_000 })
    answer = await answered
  }).toPass({ timeout: 60_000 })
  return answer!
}

/**
 * The whole sitemap as one text: the index at /sitemap.xml, checked for the protocol's shape,
 * then every part it lists, each a valid urlset.
 */
export async function wholeSitemap(request: APIRequestContext): Promise<string> {
  const index = await request.get('/sitemap.xml')
  expect(index.status()).toBe(200)
  const body = await index.text()
  expect(body).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
  const parts = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  expect(parts[0]).toBe('/sitemaps/site.xml')
  const texts = await Promise.all(
    parts.map(async (part) => {
      const response = await request.get(part)
      expect(response.status()).toBe(200)
      const text = await response.text()
      expect(text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')
      return text
    }),
  )
  return texts.join('\n')
}

/** An API session as a browser sends it: cookie, Origin and Sec-Fetch-Site (Payload's CSRF check). */
export async function apiSession(
  playwright: PlaywrightWorkerArgs['playwright'],
  user: { email: string; password: string },
): Promise<APIRequestContext> {
  const baseURL = test.info().project.use.baseURL!
  const headers = { origin: baseURL, 'sec-fetch-site': 'same-origin' }
  const login = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers })
  const answer = await login.post('/api/users/login', { data: user })
  expect(answer.status()).toBe(200)
  const { token } = await answer.json()
  await login.dispose()
  return playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { ...headers, cookie: `payload-token=${token}` },
  })
}

/**
 * Runs `act` with a fresh API session of `user`, closed afterwards. For calls between long browser
 * steps: a session kept open across them may find its idle keep-alive socket closed by the server
 * (ECONNRESET).
 */
export async function asStaff<T>(
  playwright: PlaywrightWorkerArgs['playwright'],
  user: { email: string; password: string },
  act: (session: APIRequestContext) => Promise<T>,
): Promise<T> {
  const session = await apiSession(playwright, user)
  try {
    return await act(session)
  } finally {
    await session.dispose()
  }
}
