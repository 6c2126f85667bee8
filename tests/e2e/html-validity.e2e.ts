import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from '@playwright/test'

import type { Locale } from '../../i18n/locales'
import { createSampleEvents } from './helpers'
import { missingPath, pageTypes, pathOf } from './servedPages'

// The page types include the events' pages, shown with the sample events (never seeded).
test.beforeAll(createSampleEvents)

// The W3C Nu HTML Checker (vnu-jar, run with the system's Java: Debian's default-jre-headless)
// over the HTML every page type is served as, in five locales: the languages with the longest
// words and the most non-Latin-1 characters among them. One Java run checks them all (~10 s).
const locales: Locale[] = ['en', 'de', 'fi', 'lt', 'cs']
const jar = path.join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

type Message = { type: string; subType?: string; url?: string; message: string; extract?: string }

test('every page type is valid HTML (Nu HTML Checker, no errors) in five locales', async ({
  request,
}) => {
  test.setTimeout(180_000)
  const java = process.env.JAVA ?? 'java'
  try {
    execFileSync(java, ['-version'], { stdio: 'ignore' })
  } catch {
    throw new Error(`The HTML check needs Java (${java}): apt-get install -y default-jre-headless`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-vnu-'))
  const files: Record<string, string> = {}
  for (const locale of locales) {
    const paths = [
      ...Object.values(pageTypes).map((href) => pathOf(locale, href(locale))),
      missingPath(locale),
    ]
    for (const address of paths) {
      const response = await request.get(address, { maxRedirects: 0 })
      expect([address, response.status()]).toEqual([
        address,
        address === missingPath(locale) ? 404 : 200,
      ])
      const file = path.join(dir, `${Object.keys(files).length}.html`)
      fs.writeFileSync(file, await response.body())
      files[file] = address
    }
  }
  // vnu writes its report to stderr; --exit-zero-always so the report, not the code, decides.
  const run = spawnSync(
    java,
    ['-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...Object.keys(files)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  expect(run.status, run.stderr).toBe(0)
  // Non-document errors (a file vnu could not read) count too: only `info` is no error.
  const errors = (JSON.parse(run.stderr).messages as Message[])
    .filter((m) => m.type !== 'info')
    .map((m) => {
      const address = m.url ? files[fileURLToPath(m.url)] : undefined
      return `${address ?? m.url}: ${m.message} ${m.extract ?? ''}`.trim()
    })
  expect(errors).toEqual([])
  fs.rmSync(dir, { recursive: true, force: true })
})
