import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { answeredFor } from '../helpers/accessMatrix'
import type { GraphQLStep, Plan, RestStep } from './fixtures/matrix'
import { type OwnServer, startOwnServer } from './fixtures/ownServer'

/**
 * The access matrix (tests/helpers/accessMatrix.ts) through REST and GraphQL over HTTP, against
 * the production server. Its own server on a copy of the e2e database: the matrix creates and
 * deletes documents in every collection, which the other suites count. Sessions travel as a
 * browser sends them: the cookie with Origin and Sec-Fetch-Site, and each is proven live first.
 */
const NOT_EXPOSED = 'not exposed'
let server: OwnServer
let plan: Plan
const callers = {} as Record<string, APIRequestContext>

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(180_000)
  server = await startOwnServer('access-matrix', 60, { WARMUP_SECONDS: '0' })
  const planFile = path.join(path.dirname(server.database), 'plan.json')
  execFileSync('node', ['scripts/ts.mjs', 'tests/e2e/fixtures/matrix.ts', planFile], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URI: `file:${server.database}` },
  })
  plan = JSON.parse(fs.readFileSync(planFile, 'utf8'))
  const browserLike = { origin: server.url, 'sec-fetch-site': 'same-origin' }
  const context = (headers: Record<string, string>) =>
    playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: headers })
  callers.anonymous = await context(browserLike)
  for (const [who, email] of Object.entries(plan.emails)) {
    // Its own context: a context keeps the cookies its answers set.
    const signIn = await context(browserLike)
    const login = await signIn.post('/api/users/login', {
      data: { email, password: plan.password },
    })
    expect(login.status(), `${who} signs in`).toBe(200)
    const { token } = await login.json()
    await signIn.dispose()
    callers[who] = await context({ ...browserLike, cookie: `payload-token=${token}` })
  }
  // A refusal proves something only if the session behind it is live.
  for (const [who, caller] of Object.entries(callers)) {
    const { user } = await (await caller.get('/api/users/me')).json()
    expect(user?.email ?? null, `${who}'s session`).toBe(plan.emails[who] ?? null)
  }
})

test.afterAll(async () => {
  for (const caller of Object.values(callers)) await caller.dispose()
  server?.process.kill('SIGTERM')
  await server?.exited
})

const whoOf = (name: string) => name.slice(name.lastIndexOf(' by ') + 4)

test('the table answers for everything the running server has, and every role signs in', () => {
  expect(plan.problems).toEqual([])
  expect(Object.keys(callers).sort()).toEqual([...answeredFor].sort())
})

async function restAnswer(step: RestStep, response: APIResponse): Promise<boolean | string> {
  const status = response.status()
  if ([401, 403, 404].includes(status)) return step.expected === NOT_EXPOSED ? NOT_EXPOSED : false
  // No such route or operation (an id that cannot be one, a collection without REST).
  if (step.expected === NOT_EXPOSED && [400, 405, 501].includes(status)) return NOT_EXPOSED
  // A content check refusing the file itself (400 on the `file` field) refuses an upload too.
  if (status === 400 && step.file && /"path":"file"/.test(await response.text())) return false
  if (status < 200 || status > 299)
    return `HTTP ${status}: ${(await response.text()).slice(0, 200)}`
  if (step.check === 'bytes') return (await response.body()).length > 0
  const body = await response.json()
  switch (step.check) {
    case 'id':
      return body.id === step.id
    case 'doc':
      return Boolean(body.doc?.id)
    case 'docs':
      // Payload filters a list by the caller's query constraint: nothing left is a refusal.
      return body.docs?.length > 0
    case 'canAccessAdmin':
      return body.canAccessAdmin === true
    case 'listed':
      // A list filtered by the caller's query constraint, or a bulk delete of what it let through.
      return (body.docs ?? []).some((doc: { id: unknown }) => doc.id === step.id)
    case 'ok':
      return true
  }
  return `unknown check ${step.check}`
}

function send(caller: APIRequestContext, step: RestStep) {
  const url = `/api/${step.path}`
  if (step.file)
    return caller.fetch(url, {
      method: step.method,
      multipart: {
        file: {
          name: step.file.name,
          mimeType: step.file.mimeType,
          buffer: Buffer.from(step.file.base64, 'base64'),
        },
        _payload: JSON.stringify(step.json),
      },
    })
  return caller.fetch(url, { method: step.method, data: step.json })
}

function graphqlAnswer(step: GraphQLStep, body: GraphQLBody): boolean | string {
  const value = body.data?.[step.field] as Record<string, unknown> | boolean | null | undefined
  const messages = (body.errors ?? []).map((e) => e.message)
  // The schema has no such field (nor, then, its input type).
  if (
    messages.length &&
    messages.every((m) =>
      /^Cannot query field|Unknown type|cannot be used as an input type/.test(m),
    )
  )
    return NOT_EXPOSED
  // Payload's GraphQL answers an anonymous caller's Access with an error rather than false.
  if (step.check === 'canAccessAdmin' && value === null) return false
  if (value) {
    if (step.check === 'docs') return ((value as { docs: unknown[] }).docs ?? []).length > 0
    if (step.check === 'canAccessAdmin')
      return (value as { canAccessAdmin: boolean }).canAccessAdmin
    return true
  }
  if (
    messages.length &&
    messages.every((m) => /not allowed|not found|forbidden|unauthori/i.test(m))
  )
    return false
  return `GraphQL: ${JSON.stringify(body).slice(0, 300)}`
}
type GraphQLBody = { data?: Record<string, unknown>; errors?: { message: string }[] }

test('REST and GraphQL give every caller exactly the table’s answers', async () => {
  test.setTimeout(300_000)
  const wrong: string[] = []
  for (const step of plan.steps) {
    const caller = callers[whoOf(step.name)]
    const answer =
      step.layer === 'REST'
        ? await restAnswer(step, await send(caller, step))
        : graphqlAnswer(
            step,
            await (
              await caller.post('/api/graphql', {
                data: { query: step.query, variables: step.variables },
              })
            ).json(),
          )
    const name = `${step.layer} ${step.name}`
    if (answer !== step.expected) wrong.push(`${name}: expected ${step.expected}, got ${answer}`)
    expect.soft(answer, name).toBe(step.expected)
  }
  const count = (layer: string) => plan.steps.filter((s) => s.layer === layer).length
  console.log(
    `access matrix over HTTP: ${count('REST')} REST + ${count('GraphQL')} GraphQL cells, ` +
      `${plan.steps.length - wrong.length} as the table says; not sent: ${JSON.stringify(plan.skipped)}`,
  )
  if (wrong.length) console.log(wrong.join('\n'))
})
