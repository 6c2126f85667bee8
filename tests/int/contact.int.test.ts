import type { Payload } from 'payload'

import { onMongo, startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let submitContact: typeof import('@/lib/contact/submit').submitContact

const valid = {
  name: 'Jonas Petrauskas',
  email: 'jonas@example.lt',
  topic: 'partnership',
  institution: 'vilniaus-kolegija',
  message: 'Labas! <script>alert(1)</script>',
  consent: 'on',
}
let client = 0
const send = (raw: Record<string, unknown>, clientKey = `client-${++client}`, now?: number) =>
  submitContact(payload, { raw, locale: 'lt', clientKey, now })
const stored = async () => (await payload.count({ collection: 'form-submissions' })).totalDocs

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('contact'))
  ;({ submitContact } = await import('@/lib/contact/submit'))
  const { seed } = await import('@/seed')
  await seed(payload)
}, 120_000)
afterAll(() => stop?.())

describe('contact submissions', () => {
  it('stores a valid message exactly once, with its locale, institution and text as typed', async () => {
    expect(await send(valid)).toEqual({ status: 201, result: 'sent' })
    const { docs } = await payload.find({ collection: 'form-submissions', depth: 1 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      locale: 'lt',
      status: 'new',
      topic: 'partnership',
      message: 'Labas! <script>alert(1)</script>',
      consent: true,
      institution: expect.objectContaining({ slug: 'vilniaus-kolegija' }),
    })
  })

  it('stores every one of many messages sent at once, each exactly as sent', async () => {
    const before = await stored()
    const batch = Array.from({ length: 60 }, (_, i) => ({
      ...valid,
      name: `Concurrent ${i}`,
      email: `concurrent${i}@example.eu`,
      message: `Message number ${i}, ąčęėįšųūž`,
      institution: i % 2 ? 'vilniaus-kolegija' : undefined,
    }))
    const outcomes = await Promise.all(batch.map((raw, i) => send(raw, `concurrent-${i}`)))
    expect(outcomes.every((o) => o.status === 201)).toBe(true)
    expect(await stored()).toBe(before + batch.length)
    const { docs } = await payload.find({
      collection: 'form-submissions',
      where: { name: { like: 'Concurrent ' } },
      limit: 0,
      depth: 1,
      sort: 'createdAt',
    })
    const byName = new Map(docs.map((doc) => [doc.name, doc]))
    expect(byName.size).toBe(batch.length)
    for (const raw of batch) {
      expect(byName.get(raw.name)).toMatchObject({
        email: raw.email,
        message: raw.message,
        locale: 'lt',
        status: 'new',
        consent: true,
        institution: raw.institution ? expect.objectContaining({ slug: raw.institution }) : null,
      })
    }
  })

  it('stores nothing for invalid input and names the fields', async () => {
    const before = await stored()
    expect(await send({ ...valid, email: 'nope', consent: undefined })).toEqual({
      status: 400,
      result: 'invalid',
      errors: { email: 'emailInvalid', consent: 'consentRequired' },
    })
    expect(await send({ ...valid, institution: 'no-such-member' })).toMatchObject({ status: 400 })
    expect(await stored()).toBe(before)
  })

  it('answers bots as if sent but stores nothing (honeypot, too fast)', async () => {
    const before = await stored()
    expect(await send({ ...valid, website: 'http://spam.example' })).toEqual({
      status: 201,
      result: 'sent',
    })
    const now = Date.now()
    expect(await send({ ...valid, startedAt: String(now - 1000) }, undefined, now)).toEqual({
      status: 201,
      result: 'sent',
    })
    expect(await stored()).toBe(before)
    expect(await send({ ...valid, startedAt: String(now - 10_000) }, undefined, now)).toMatchObject(
      { status: 201 },
    )
    expect(await stored()).toBe(before + 1)
  })

  it('limits each client to 5 messages a minute', async () => {
    const outcomes = []
    for (let i = 0; i < 6; i++)
      outcomes.push((await send({ ...valid, email: `r${i}@example.eu` }, 'same-client')).status)
    expect(outcomes).toEqual([201, 201, 201, 201, 201, 429])
  })

  it('answers 503 and stores nothing when storage fails', async () => {
    if (onMongo())
      return console.info('storage-failure case runs on SQLite only (it uses a trigger)')
    const before = await stored()
    // A real database failure: SQLite refuses every new submission row.
    const client = (
      payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
    ).client
    await client.execute(
      "CREATE TRIGGER refuse_submissions BEFORE INSERT ON form_submissions BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    try {
      expect(await send(valid)).toEqual({ status: 503, result: 'unavailable' })
    } finally {
      await client.execute('DROP TRIGGER refuse_submissions')
    }
    expect(await stored()).toBe(before)
  })

  it('erases everything from one email address on request', async () => {
    await send({ ...valid, email: 'erase-me@example.eu' })
    await send({ ...valid, email: 'erase-me@example.eu', message: 'Second' })
    await payload.delete({
      collection: 'form-submissions',
      where: { email: { equals: 'erase-me@example.eu' } },
    })
    const { totalDocs } = await payload.count({
      collection: 'form-submissions',
      where: { email: { equals: 'erase-me@example.eu' } },
    })
    expect(totalDocs).toBe(0)
    expect(await stored()).toBeGreaterThan(0)
  })
})

describe('contact metrics', () => {
  it('counts each outcome by reason for /api/metrics', async () => {
    const { metrics } = await import('@/lib/metrics.mjs')
    const count = async (result: string) =>
      (await metrics().contact.get()).values.find((v) => v.labels.result === result)?.value ?? 0
    const before = Object.fromEntries(
      await Promise.all(
        ['stored', 'invalid', 'bot', 'rateLimited'].map(async (r) => [r, await count(r)]),
      ),
    )
    await send({ ...valid, email: 'metrics@example.eu' })
    await send({ ...valid, email: 'not an address' })
    await send({ ...valid, website: 'http://spam.example' })
    for (let i = 0; i < 6; i++) await send({ ...valid, email: 'x' }, 'metrics-flood')
    expect(await count('stored')).toBe(before.stored + 1)
    expect(await count('invalid')).toBe(before.invalid + 1 + 5)
    expect(await count('bot')).toBe(before.bot + 1)
    expect(await count('rateLimited')).toBe(before.rateLimited + 1)
  })
})

describe('retention', () => {
  it('deletes only submissions older than the retention period', async () => {
    const { deleteExpiredSubmissions } = await import('@/lib/contact/retention')
    const old = await payload.create({
      collection: 'form-submissions',
      data: {
        ...valid,
        institution: undefined,
        consent: true,
        topic: 'other',
        locale: 'en',
        createdAt: '2020-01-01T00:00:00.000Z',
      } as never,
    })
    expect(old.createdAt).toBe('2020-01-01T00:00:00.000Z')
    const before = await stored()
    expect(await deleteExpiredSubmissions(payload, 365)).toBe(1)
    expect(await stored()).toBe(before - 1)
    await expect(payload.findByID({ collection: 'form-submissions', id: old.id })).rejects.toThrow()
  })
})
