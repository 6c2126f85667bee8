/** @jest-environment node */
import { buildSchema, type ExecutionArgs, parse, specifiedRules, validate } from 'graphql'
import { APIError } from 'payload'

import {
  answeringClientErrors,
  documentProblem,
  hideSuggestions,
  MAX_FRAGMENT_DEPTH,
} from '@/lib/graphqlErrors'

const schema = buildSchema(
  'enum Locale { en nl } input Where { title: String } type Doc { title: String } type Query { docs(limit: Int, locale: Locale, where: Where): [Doc] }',
)
const chain = (n: number, last = 'title') =>
  `{ docs { ...F0 } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Doc { ...F${i + 1} }`).join(' ')} fragment F${n} on Doc { ${last} }`

async function withNodeEnv<T>(value: string, run: () => T | Promise<T>): Promise<T> {
  const env = process.env as Record<string, string | undefined>
  const before = env.NODE_ENV
  env.NODE_ENV = value
  try {
    return await run()
  } finally {
    env.NODE_ENV = before
  }
}

describe('GraphQL suggestions', () => {
  const misspelled = [
    '{ docs { titel } }',
    '{ doc { title } }',
    '{ docs(limt: 1) { title } }',
    '{ docs(locale: enn) { title } }',
    '{ docs(where: { titel: "x" }) { title } }',
    '{ docs { ... on Dok { title } } }',
  ]
  const messages = (query: string) => {
    const args = { schema, document: parse(query) } as ExecutionArgs
    const rules = hideSuggestions(args)
    return validate(schema, args.document, [...specifiedRules, ...rules]).map((e) => e.message)
  }

  it('are left out in production, in validation and execution', async () => {
    await withNodeEnv('production', () => {
      for (const query of misspelled) {
        const found = messages(query)
        expect(found.length).toBeGreaterThan(0)
        for (const message of found) expect(message).not.toMatch(/did you mean/i)
      }
      const args = { schema, document: parse('{ docs { title } }') } as ExecutionArgs
      hideSuggestions(args)
      expect(args.hideSuggestions).toBe(true)
    })
  })

  it('stay in development', async () => {
    await withNodeEnv('development', () => {
      expect(messages('{ docs { titel } }').join(' ')).toMatch(/Did you mean "title"\?/)
    })
  })
})

describe('GraphQL documents Payload cannot validate', () => {
  it.each([
    ['a subscription', 'subscription { docs { title } }'],
    ['a fragment spreading itself', '{ docs { ...A } } fragment A on Doc { ...A }'],
    [
      'a cycle of three',
      '{ docs { ...A } } fragment A on Doc { ...B } fragment B on Doc { ...C } fragment C on Doc { ...A }',
    ],
    ['fragments nested too deep', chain(MAX_FRAGMENT_DEPTH + 1)],
    ['fragments nested thousands deep', chain(10_000)],
  ])('refuses %s', (_, query) => {
    expect(documentProblem(query)).not.toBeNull()
  })

  it.each([
    ['a plain query', '{ docs { title } }'],
    ['fragments nested within the bound', chain(MAX_FRAGMENT_DEPTH)],
    [
      'one fragment spread twice',
      '{ docs { ...A ...B } } fragment A on Doc { ...C } fragment B on Doc { ...C } fragment C on Doc { title }',
    ],
    ['a syntax error (graphql-http reports it)', '{ docs { '],
    ['no query', undefined],
  ])('lets %s through', (_, query) => {
    expect(documentProblem(query)).toBeNull()
  })
})

describe('the GraphQL route', () => {
  const request = (body: string) =>
    new Request('http://portal.example/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
  const answer = async (handler: () => Promise<Response>, body = '{}') => {
    const response = await answeringClientErrors(handler)(request(body))
    return { status: response.status, body: await response.text(), headers: response.headers }
  }

  it('answers a thrown client error with its status in the API error shape', async () => {
    expect(
      await answer(async () => {
        throw new APIError('Invalid JSON', 400, null, true)
      }),
    ).toMatchObject({ status: 400, body: '{"errors":[{"message":"Invalid JSON"}]}' })
    // Payload wraps busboy's message in a 500.
    expect(
      await answer(async () => {
        throw new APIError('Unexpected end of form')
      }),
    ).toMatchObject({ status: 400, body: '{"errors":[{"message":"Invalid request."}]}' })
  })

  it('lets other exceptions through', async () => {
    await expect(
      answeringClientErrors(async () => {
        throw new Error('the database is away')
      })(request('{}')),
    ).rejects.toThrow('the database is away')
  })

  it('gives a bodiless 4xx a JSON body and keeps its headers', async () => {
    const refused = await answer(
      async () => new Response(null, { status: 406, headers: { accept: 'application/json' } }),
    )
    expect(refused.status).toBe(406)
    expect(JSON.parse(refused.body).errors[0].message).toEqual(expect.any(String))
    expect(refused.headers.get('accept')).toBe('application/json')
  })

  it('refuses a document Payload cannot validate without calling Payload', async () => {
    let called = false
    const handler = async () => {
      called = true
      return new Response('{}')
    }
    const body = JSON.stringify({ query: '{ docs { ...A } } fragment A on Doc { ...A }' })
    expect((await answer(handler, body)).status).toBe(400)
    expect(called).toBe(false)
  })

  it('removes suggestions left in messages in production only', async () => {
    const suggested = JSON.stringify({
      errors: [
        {
          message:
            'Variable "$l" got invalid value "enn"; Value "enn" does not exist in "Locale" enum. Did you mean the enum value "en" or "nl"?',
        },
      ],
    })
    const handler = async () => new Response(suggested, { status: 200 })
    const production = await withNodeEnv('production', () => answer(handler))
    expect(JSON.parse(production.body).errors[0].message).toBe(
      'Variable "$l" got invalid value "enn"; Value "enn" does not exist in "Locale" enum.',
    )
    expect((await withNodeEnv('development', () => answer(handler))).body).toBe(suggested)
  })
})
