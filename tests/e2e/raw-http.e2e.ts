import { expect, test } from '@playwright/test'

import { answerProblems } from './fixtures/cleanAnswer'
import { sendRaw } from './fixtures/rawHttp'
import { rawCases } from './fixtures/rawRequests'

const base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100'

test('method, request-target and Host oddities get a clean 4xx (or their 2xx)', async ({
  request,
}) => {
  const problems: string[] = []
  for (const c of rawCases) {
    const host = c.host === undefined ? new URL(base).host : c.host
    const headers = { ...c.headers, 'content-length': '0', connection: 'close' }
    const head = [
      c.line,
      ...(host === null ? [] : [`Host: ${host}`]),
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ]
    const answer = await sendRaw(base, `${head.join('\r\n')}\r\n\r\n`)
    if (answer.dropped) {
      problems.push(`${c.name}: the connection closed without an answer`)
      continue
    }
    // The path decides which error body is due; requests with no path of their own get none.
    const path = c.kind === 'api' ? '/api/' : c.kind === 'page' ? '/' : '/api/'
    const found = answerProblems(
      path,
      answer.status,
      answer.headers['content-type'] ?? '',
      answer.body,
      c.expect,
    ).filter((p) => c.kind !== 'none' || !p.startsWith('not a JSON error body'))
    const extra = c.check?.(answer)
    if (extra) found.push(extra)
    if (found.length) problems.push(`${c.name}: ${found.join('; ')}`)
  }
  expect(problems, `${problems.length} of ${rawCases.length} answers`).toEqual([])
  expect(rawCases.length).toBeGreaterThanOrEqual(200)
  expect((await request.get('/api/health')).status(), 'server alive after').toBe(200)
})
