// Builds bench/minimal (the framework's floor) with the root's own `next`, one static page per
// portal page, each holding that page's visible text so both carry the same kind of characters.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

// Bytes of a minimal page's HTML besides its text; the text appears twice (HTML and the inline
// RSC payload), so a page of N bytes holds (N - OVERHEAD) / 2 bytes of text.
const OVERHEAD = 4950

export function visibleText(html) {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .replace(/["'\\<>&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** `text` repeated and cut (on a character boundary) to `bytes` UTF-8 bytes. */
export function textOfSize(text, bytes) {
  let out = ''
  let size = 0
  const source = text || 'text '
  for (;;) {
    for (const char of source) {
      const width = Buffer.byteLength(char)
      if (size + width > bytes) return out
      out += char
      size += width
    }
  }
}

/** The first page's text with every character above U+00FF replaced: the same page in Latin-1. */
export const LATIN1_SUFFIX = '-latin1'

/** Writes the pages' texts (plus a Latin-1 copy of the first) and builds the minimal app. */
export function buildMinimal({ pages, workDir, log }) {
  const texts = Object.fromEntries(
    pages.map((p) => [
      p.id,
      textOfSize(visibleText(p.bytes.toString()), Math.max(0, (p.bytes.length - OVERHEAD) / 2)),
    ]),
  )
  texts[pages[0].id + LATIN1_SUFFIX] = texts[pages[0].id].replace(/[^\u0000-\u00ff]/g, 'e')
  const file = path.resolve(workDir, 'minimal-pages.json')
  fs.writeFileSync(file, JSON.stringify(texts))
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', 'bench/minimal'], {
    env: minimalEnv(file),
    stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')],
    timeout: 10 * 60_000,
    killSignal: 'SIGKILL',
  })
  return file
}

export function minimalEnv(file) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    BENCH_MINIMAL_PAGES: file,
  }
}
