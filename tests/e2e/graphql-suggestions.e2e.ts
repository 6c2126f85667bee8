import { expect, test } from '@playwright/test'

import { errorMessages } from './fixtures/cleanAnswer'

/**
 * Misspelled names in real operations, with the names graphql-js would suggest for each: a
 * production error must name neither, only what the client wrote.
 */
const misspelled: { name: string; body: object; real: string[] }[] = [
  {
    name: 'a field',
    body: { query: '{ PressReleases { docs { titel } } }' },
    real: ['title'],
  },
  {
    name: 'a root field',
    body: { query: '{ PresReleases { totalDocs } }' },
    real: ['PressReleases'],
  },
  {
    name: 'an argument',
    body: { query: '{ PressReleases(limt: 1) { totalDocs } }' },
    real: ['limit'],
  },
  {
    name: 'a type in a fragment',
    body: { query: '{ PressReleases { docs { ... on PresRelease { id } } } }' },
    real: ['PressRelease'],
  },
  {
    name: 'a where field',
    body: { query: '{ PressReleases(where: { titel: { equals: "x" } }) { totalDocs } }' },
    real: ['title'],
  },
  {
    name: 'an enum literal',
    body: { query: '{ PressReleases(locale: enn) { totalDocs } }' },
    real: ['en'],
  },
  {
    name: 'an enum value in variables',
    body: {
      query: 'query($l: LocaleInputType) { PressReleases(locale: $l) { totalDocs } }',
      variables: { l: 'enn' },
    },
    real: ['en'],
  },
  {
    name: 'an input field in variables',
    body: {
      query: 'query($w: PressRelease_where) { PressReleases(where: $w) { totalDocs } }',
      variables: { w: { titel: { equals: 'x' } } },
    },
    real: ['title'],
  },
]

test.describe('GraphQL errors suggest no names', () => {
  for (const c of misspelled) {
    test(c.name, async ({ request }) => {
      const response = await request.post('/api/graphql', { data: c.body, failOnStatusCode: false })
      expect(response.status()).toBeLessThan(500)
      const messages = errorMessages(await response.text())
      expect(messages, 'an error is reported').not.toBeNull()
      for (const text of messages ?? []) {
        expect(text).not.toMatch(/did you mean/i)
        for (const name of c.real) expect(text).not.toMatch(new RegExp(`"${name}"`))
      }
    })
  }

  test('a misspelled field is named with its type, and nothing else', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      data: { query: '{ PressReleases { docs { titel } } }' },
    })
    expect(errorMessages(await response.text())).toEqual([
      'Cannot query field "titel" on type "PressRelease".',
    ])
  })
})
