import fs from 'node:fs'

import { defineConfig } from '@playwright/test'

// Debian's chromium, kept on loopback: it may not reach any other host here (flags shared with
// bench/lib/chromium.mjs; read, not imported, as Playwright loads this file as plain ESM).
const chromiumArgs: string[] = JSON.parse(
  fs.readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'),
)

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../.e2e/results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // A stuck run must fail CI with a message, not use up its time limit.
  globalTimeout: 25 * 60_000,
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    trace: 'off',
    // The admin's first screens take a while on a fresh server with two workers busy.
    actionTimeout: 45_000,
  },
})
