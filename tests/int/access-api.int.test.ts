import { type CollectionSlug, formatNames, type Payload } from 'payload'

import { sampleData, samplePng } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'
import { all, matrix, type Op, type Who } from '../helpers/accessMatrix'

/**
 * The same access matrix as access.int.test.ts, through the HTTP APIs a client really uses:
 * Payload's REST and GraphQL route handlers (the ones app/(payload)/api mounts), called in process
 * with each role's token. Allowed = 2xx; refused = 401/403/404 (or a GraphQL error saying so).
 */
let payload: Payload
let stop: () => Promise<void>
let handlers: typeof import('@payloadcms/next/routes')
let config: Awaited<typeof import('@payload-config')>['default']
const tokens = {} as Record<Who, string | null>
let n = 0

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('access-api'))
  handlers = await import('@payloadcms/next/routes')
  config = (await import('@payload-config')).default
  const password = 'correct-horse-battery-staple'
  for (const who of ['admin', 'editor', 'reviewer'] as const) {
    const email = `${who}@api.example.eu`
    await payload.create({ collection: 'users', data: { email, password, roles: [who] } as never })
    tokens[who] = (await payload.login({ collection: 'users', data: { email, password } })).token!
  }
  tokens.anonymous = null
}, 120_000)
afterAll(() => stop?.())

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

async function rest(who: Who, method: Method, path: string, body?: unknown) {
  const headers = new Headers()
  if (tokens[who]) headers.set('authorization', `JWT ${tokens[who]}`)
  let payloadBody: BodyInit | undefined
  if (body instanceof FormData) payloadBody = body
  else if (body !== undefined) {
    headers.set('content-type', 'application/json')
    payloadBody = JSON.stringify(body)
  }
  const request = new Request(`http://localhost:3000/api/${path}`, {
    method,
    headers,
    body: payloadBody,
  })
  const slug = path.split('?')[0].split('/')
  const handler = {
    GET: handlers.REST_GET,
    POST: handlers.REST_POST,
    PATCH: handlers.REST_PATCH,
    DELETE: handlers.REST_DELETE,
  }[method](config)
  return handler(request, { params: Promise.resolve({ slug }) })
}

async function allowed(response: Response): Promise<boolean> {
  if (response.ok) return true
  if ([401, 403, 404].includes(response.status)) return false
  throw new Error(`unexpected ${response.status}: ${await response.text()}`)
}

async function fixture(collection: CollectionSlug, draft = false) {
  const data = (await sampleData(payload, collection, ++n)) as Record<string, unknown>
  if (draft) data._status = 'draft'
  const file = collection === 'media' ? await samplePng() : undefined
  return payload.create({ collection, data: data as never, file, draft })
}

async function createBody(collection: CollectionSlug) {
  const data = await sampleData(payload, collection, ++n)
  if (collection !== 'media') return data
  const png = await samplePng()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png.data)], { type: 'image/png' }), png.name)
  form.append('_payload', JSON.stringify(data))
  return form
}

const change = (collection: string) =>
  ({
    users: { name: 'Changed' },
    'form-submissions': { status: 'answered' },
    media: { alt: 'Changed' },
    'press-releases': { title: 'Changed' },
    pages: { title: 'Changed' },
  })[collection] ?? { order: 5 }

async function viaRest(op: Op, collection: CollectionSlug, who: Who) {
  switch (op) {
    case 'create':
      return allowed(await rest(who, 'POST', collection, await createBody(collection)))
    case 'read':
      return allowed(await rest(who, 'GET', `${collection}/${(await fixture(collection)).id}`))
    case 'readDrafts': {
      const id = (await fixture(collection, true)).id
      return allowed(await rest(who, 'GET', `${collection}/${id}?draft=true`))
    }
    case 'update': {
      const id = (await fixture(collection)).id
      return allowed(await rest(who, 'PATCH', `${collection}/${id}`, change(collection)))
    }
    case 'delete':
      return allowed(await rest(who, 'DELETE', `${collection}/${(await fixture(collection)).id}`))
  }
}

async function graphql(who: Who, query: string) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (tokens[who]) headers.set('authorization', `JWT ${tokens[who]}`)
  const response = await handlers.GRAPHQL_POST(config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }
}

/** A collection's GraphQL name (`PressRelease`), made as Payload's schema builder makes it. */
const typeName = (collection: CollectionSlug): string => formatNames(collection).singular

const gqlAllowed = ({ data, errors }: Awaited<ReturnType<typeof graphql>>, field: string) => {
  if (data?.[field]) return true
  const refused = errors?.every((e) => /not allowed|not found|forbidden|unauthori/i.test(e.message))
  if (refused) return false
  throw new Error(`unexpected GraphQL answer: ${JSON.stringify({ data, errors })}`)
}

async function viaGraphQL(
  op: 'read' | 'readDrafts' | 'delete',
  collection: CollectionSlug,
  who: Who,
) {
  const one = typeName(collection)
  const target = await fixture(collection, op === 'readDrafts')
  if (op === 'delete')
    return gqlAllowed(
      await graphql(who, `mutation { delete${one}(id: ${target.id}) { id } }`),
      `delete${one}`,
    )
  const draft = op === 'readDrafts' ? ', draft: true' : ''
  return gqlAllowed(await graphql(who, `{ ${one}(id: ${target.id}${draft}) { id } }`), one)
}

const cells = Object.entries(matrix).flatMap(([collection, ops]) =>
  Object.entries(ops).flatMap(([op, allowedFor]) =>
    all.map((who) => [collection, op, who, allowedFor!.includes(who)] as const),
  ),
)

describe('access matrix through REST (role × collection × operation)', () => {
  it.each(cells)('REST %s %s by %s → allowed: %s', async (collection, op, who, expected) => {
    await expect(viaRest(op as Op, collection as CollectionSlug, who)).resolves.toBe(expected)
  })
})

describe('access matrix through GraphQL (read, read drafts, delete)', () => {
  const gqlCells = cells.filter(([, op]) => op === 'read' || op === 'readDrafts' || op === 'delete')
  it.each(gqlCells)('GraphQL %s %s by %s → allowed: %s', async (collection, op, who, expected) => {
    await expect(
      viaGraphQL(op as 'read' | 'readDrafts' | 'delete', collection as CollectionSlug, who),
    ).resolves.toBe(expected)
  })
})
