// Debian's chromium, kept on loopback (see the stack notes: it otherwise calls Google hosts).
import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { stopGroup, waitFor } from './servers.mjs'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The browser suite's flags (tests/e2e/chromium-flags.json): one list for both. */
export const CHROMIUM_FLAGS = JSON.parse(
  fs.readFileSync(new URL('../../tests/e2e/chromium-flags.json', import.meta.url), 'utf8'),
)

/** Starts chromium with a DevTools port for Lighthouse to drive. */
export async function startChromium({ port, profileDir, log }) {
  fs.rmSync(profileDir, { recursive: true, force: true })
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_FLAGS,
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')], detached: true },
  )
  await waitFor(`http://127.0.0.1:${port}/json/version`, 30)
  return { port, stop: () => stopGroup(child) }
}
