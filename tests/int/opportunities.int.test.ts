import type { Payload, TypedUser } from 'payload'

import { expectWaitingRefresh } from '../helpers/deadlineJob'
import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let editor: TypedUser
let reviewer: TypedUser
let member: number
let lib: typeof import('@/lib/cms/opportunities')
let catalogue: typeof import('@/lib/opportunities/catalogue')
let n = 0

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('opportunities'))
  lib = await import('@/lib/cms/opportunities')
  catalogue = await import('@/lib/opportunities/catalogue')
  const make = (email: string, roles: string[]) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery-staple', roles } as never,
    }) as Promise<TypedUser>
  // The first account is always an admin (collections/Users/hooks/firstUserIsAdmin.ts).
  await make('admin@example.eu', ['admin'])
  editor = await make('editor@example.eu', ['editor'])
  reviewer = await make('reviewer@example.eu', ['reviewer'])
  member = (
    await payload.create({
      collection: 'institutions',
      data: {
        name: 'VIVES',
        slug: 'vives',
        kind: 'member',
        country: 'BE',
        city: 'Kortrijk',
        website: 'https://www.vives.be',
        summary: 'A member.',
        location: { lat: 50.8, lng: 3.3 },
      },
    })
  ).id
}, 120_000)
afterAll(() => stop?.())

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** A micro-credential the editor writes with their own rights. */
const write = (data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'opportunities',
    locale: 'en',
    overrideAccess: false,
    user: editor,
    draft: data._status !== 'published',
    data: {
      title: `Resilient regions micro-credential ${++n}`,
      kind: 'micro-credential',
      summary: 'A flexible course for professionals.',
      members: [member],
      studyMode: 'online',
      eqfLevel: '6',
      ects: 5,
      instructionLanguages: ['en'],
      applicationDeadline: inDays(30),
      applicationDeadline_tz: 'Europe/Brussels',
      _status: 'draft',
      ...data,
    } as never,
  })

const anonymousTitles = async () =>
  (
    await payload.find({ collection: 'opportunities', overrideAccess: false, depth: 0, limit: 100 })
  ).docs.map((d) => d.title)

describe('opportunities', () => {
  it('visitors and reviewers read only published opportunities; editors see drafts', async () => {
    const draft = await write()
    expect(await anonymousTitles()).not.toContain(draft.title)
    const asReviewer = await payload.find({
      collection: 'opportunities',
      overrideAccess: false,
      user: reviewer,
      where: { id: { equals: draft.id } },
    })
    expect(asReviewer.totalDocs).toBe(0)
    await expect(
      payload.update({
        collection: 'opportunities',
        id: draft.id,
        overrideAccess: false,
        user: reviewer,
        data: { title: 'Changed by a reviewer' },
      }),
    ).rejects.toThrow()
    await payload.update({
      collection: 'opportunities',
      id: draft.id,
      overrideAccess: false,
      user: editor,
      data: { _status: 'published' },
    })
    expect(await anonymousTitles()).toContain(draft.title)
    await expect(
      payload.create({
        collection: 'opportunities',
        overrideAccess: false,
        data: { title: 'Anonymous', kind: 'call' } as never,
      }),
    ).rejects.toThrow()
  })

  it('refuses, on publish, what a visitor could not use, and stores nothing then', async () => {
    const before = await payload.count({ collection: 'opportunities', overrideAccess: true })
    const published = { _status: 'published' }
    const refused = (path: string) => ({
      data: { errors: [expect.objectContaining({ path, message: expect.any(String) })] },
    })
    await expect(write({ ...published, ects: 0.3 })).rejects.toMatchObject(refused('ects'))
    await expect(write({ ...published, studyMode: null })).rejects.toMatchObject(
      refused('studyMode'),
    )
    await expect(
      write({
        ...published,
        startsOn: '2030-06-30T12:00:00.000Z',
        endsOn: '2030-06-01T12:00:00.000Z',
      }),
    ).rejects.toMatchObject(refused('endsOn'))
    await expect(
      write({ ...published, applicationUrl: 'javascript:alert(1)' }),
    ).rejects.toMatchObject(refused('applicationUrl'))
    await expect(write({ ...published, kind: 'seminar' })).rejects.toMatchObject(refused('kind'))
    // A call needs no mode of study.
    const call = await write({ ...published, kind: 'call', studyMode: null, callFor: ['staff'] })
    expect(call.kind).toBe('call')
    expect(await payload.count({ collection: 'opportunities', overrideAccess: true })).toEqual({
      totalDocs: before.totalDocs + 1,
    })
  })

  it('keeps translations and a slug per locale; a missing one falls back to English', async () => {
    const offer = await write({ _status: 'published' })
    await payload.update({
      collection: 'opportunities',
      id: offer.id,
      locale: 'cs',
      user: editor,
      overrideAccess: false,
      data: { title: 'Mikrocertifikát odolné regiony', _status: 'published' },
    })
    const cs = await lib.getOpportunity('cs', 'mikrocertifikat-odolne-regiony')
    expect(cs?.title).toBe('Mikrocertifikát odolné regiony')
    expect(cs?.translatedLocales).toEqual(expect.arrayContaining(['en', 'cs']))
    expect(cs?.slugs.en).toBe(offer.slug)
    const de = await lib.getOpportunity('de', offer.slug!)
    expect(de?.title).toBe(offer.title)
    expect(de?.translatedLocales).not.toContain('de')
  })

  it('queues a refresh of the lists for the moment a published deadline passes', async () => {
    const offer = await write({ _status: 'published' })
    await expectWaitingRefresh(payload, 'opportunities', offer.applicationDeadline)
  })

  it('moves an offer from the open list to the archive when its deadline passes', async () => {
    const soon = await write({ _status: 'published', applicationDeadline: inDays(1) })
    const items = await lib.listOpportunities('en')
    const ids = (list: { id: number }[]) => list.map((item) => item.id)
    expect(ids(catalogue.splitByDeadline(items).open)).toContain(soon.id)
    const later = new Date(Date.now() + 2 * 86_400_000)
    const { open, closed } = catalogue.splitByDeadline(items, later)
    expect(ids(open)).not.toContain(soon.id)
    expect(ids(closed)).toContain(soon.id)
  })

  it('lists published opportunities by the nearest deadline and indexes them for search', async () => {
    const items = await lib.listOpportunities('en')
    expect(items.length).toBeGreaterThan(0)
    const { open } = catalogue.splitByDeadline(items)
    const deadlines = open.map((i) => i.applicationDeadline).filter(Boolean) as string[]
    expect([...deadlines].sort()).toEqual(deadlines)
    const indexed = await payload.find({
      collection: 'search',
      where: { 'doc.relationTo': { equals: 'opportunities' } },
      limit: 100,
    })
    expect(indexed.totalDocs).toBe(items.length)
  })
})
