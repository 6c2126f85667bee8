import { expect, test } from '@playwright/test'

import { answerProblems, errorMessages, sendCase } from './fixtures/cleanAnswer'
import { graphqlCases } from './fixtures/graphqlBodies'

test('GraphQL: every unusable request gets a clean 2xx or 4xx', async ({ request }) => {
  const problems: string[] = []
  for (const c of graphqlCases) {
    const response = await sendCase(request, c)
    const body = await response.text()
    const found = answerProblems(
      c.path,
      response.status(),
      response.headers()['content-type'] ?? '',
      body,
      c.expect,
    )
    // GraphQL reports a failed operation in a 200: a 500 can hide in its errors.
    if (body.includes('"statusCode":5') || errorMessages(body)?.includes('Something went wrong.'))
      found.push('a server error inside the answer')
    if (found.length) problems.push(`${c.name}: ${found.join('; ')}`)
  }
  expect(problems, `${problems.length} of ${graphqlCases.length} answers`).toEqual([])
  expect(graphqlCases.length).toBeGreaterThanOrEqual(150)
})
