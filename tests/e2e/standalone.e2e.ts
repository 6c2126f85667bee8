import fs from 'node:fs'

import { expect, test } from '@playwright/test'

// scripts/e2e.mjs serves every browser test from the standalone server the Docker image runs
// (`node .next/standalone/server.js`), with the build's prerendered pages dropped as in the
// image. These checks name what that server must have to stand on its own.
const standalone = '.next/standalone'

test('the standalone tree carries the native modules the server loads by name', () => {
  for (const dir of ['node_modules/@libsql/linux-x64-gnu', 'node_modules/sharp', 'server.js']) {
    expect(fs.existsSync(`${standalone}/${dir}`), dir).toBe(true)
  }
  // Dropped, as in the image: pages come from the live database, not from the build's.
  expect(fs.existsSync(`${standalone}/.next/server/app/en.html`)).toBe(false)
})

test('the standalone server answers /en, /admin and /api/health', async ({ page, request }) => {
  const health = await request.get('/api/health')
  expect(health.status()).toBe(200)
  expect(await health.json()).toEqual({ status: 'ok' })
  expect((await request.get('/api/ready')).status()).toBe(200)

  const home = await page.goto('/en')
  expect(home?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Resilience-Oriented')
  // Rendered on first request, then served from the cache like a prerendered page.
  const again = await request.get('/en')
  expect(again.headers()['cache-control']).toMatch(/s-maxage=\d+/)

  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/(login|create-first-user)/)
  await expect(page.getByRole('textbox', { name: /email/i })).toBeVisible()
})
