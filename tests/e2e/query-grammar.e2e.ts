import { expect, test } from '@playwright/test'

import { answerProblems, sendCase } from './fixtures/cleanAnswer'
import { grammarCases, type GrammarCase } from './fixtures/queryGrammar'

// One test per field × operator (or parameter): its value shapes are sent in turn, and every
// answer that is not clean is reported, not only the first.
const groups = new Map<string, GrammarCase[]>()
for (const c of grammarCases) groups.set(c.group, [...(groups.get(c.group) ?? []), c])

test('the grammar is generated in full', () => {
  expect(grammarCases.length).toBeGreaterThanOrEqual(1000)
})

test.describe('REST query grammar: every answer a clean 2xx or 4xx', () => {
  for (const [group, cases] of groups) {
    test(group, async ({ request }) => {
      const problems: string[] = []
      for (const c of cases) {
        const response = await sendCase(request, c)
        const found = answerProblems(
          c.path,
          response.status(),
          response.headers()['content-type'] ?? '',
          await response.text(),
          c.expect,
        )
        if (found.length) problems.push(`${c.name}: ${found.join('; ')}`)
      }
      expect(problems, `${problems.length} of ${cases.length} answers`).toEqual([])
    })
  }
})
