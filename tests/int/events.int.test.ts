import type { Payload, TypedUser } from 'payload'

import { expectWaitingRefresh } from '../helpers/deadlineJob'
import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let editor: TypedUser
let reviewer: TypedUser
let campus: number
let lib: typeof import('@/lib/cms/events')
let n = 0

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('events'))
  lib = await import('@/lib/cms/events')
  const make = (email: string, roles: string[]) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery-staple', roles } as never,
    }) as Promise<TypedUser>
  // The first account is always an admin (collections/Users/hooks/firstUserIsAdmin.ts).
  await make('admin@example.eu', ['admin'])
  editor = await make('editor@example.eu', ['editor'])
  reviewer = await make('reviewer@example.eu', ['reviewer'])
  campus = (
    await payload.create({
      collection: 'institutions',
      data: {
        name: 'Savonia',
        slug: 'savonia',
        kind: 'member',
        country: 'FI',
        city: 'Kuopio',
        website: 'https://www.savonia.fi',
        summary: 'A member.',
        location: { lat: 62.9, lng: 27.7 },
      },
    })
  ).id
}, 120_000)
afterAll(() => stop?.())

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()
const inTwoHours = () => new Date(Date.now() + 7_200_000).toISOString()

/** An event the editor writes with their own rights, on site at the member's campus. */
const write = (data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'events',
    locale: 'en',
    overrideAccess: false,
    user: editor,
    draft: data._status !== 'published',
    data: {
      title: `Challenge day ${++n}`,
      summary: 'Students and local businesses work on a regional challenge.',
      startsAt: inAnHour(),
      startsAt_tz: 'Europe/Helsinki',
      endsAt: inTwoHours(),
      endsAt_tz: 'Europe/Helsinki',
      format: 'onsite',
      venueInstitution: campus,
      organisers: [campus],
      audiences: ['students', 'businesses'],
      _status: 'draft',
      ...data,
    } as never,
  })

const anonymousTitles = async () =>
  (
    await payload.find({ collection: 'events', overrideAccess: false, depth: 0, limit: 100 })
  ).docs.map((d) => d.title)

describe('events', () => {
  it('visitors and reviewers read only published events; editors see drafts', async () => {
    const draft = await write()
    expect(await anonymousTitles()).not.toContain(draft.title)
    const asReviewer = await payload.find({
      collection: 'events',
      overrideAccess: false,
      user: reviewer,
      where: { id: { equals: draft.id } },
    })
    expect(asReviewer.totalDocs).toBe(0)
    const asEditor = await payload.find({
      collection: 'events',
      overrideAccess: false,
      user: editor,
      draft: true,
      where: { id: { equals: draft.id } },
    })
    expect(asEditor.totalDocs).toBe(1)

    await payload.update({
      collection: 'events',
      id: draft.id,
      overrideAccess: false,
      user: editor,
      data: { _status: 'published' },
    })
    expect(await anonymousTitles()).toContain(draft.title)
    await expect(
      payload.create({
        collection: 'events',
        overrideAccess: false,
        data: { title: 'Anonymous', format: 'online' } as never,
      }),
    ).rejects.toThrow()
  })

  it('refuses an end before the start and a registration link that is no web address', async () => {
    // Drafts may be incomplete (Payload validates on publish).
    const before = await payload.count({ collection: 'events', overrideAccess: true })
    const published = { _status: 'published' }
    const refused = (path: string, message: RegExp) => ({
      data: {
        errors: [expect.objectContaining({ path, message: expect.stringMatching(message) })],
      },
    })
    await expect(write({ ...published, endsAt: '2020-01-01T00:00:00.000Z' })).rejects.toMatchObject(
      refused('endsAt', /cannot end before it starts/),
    )
    await expect(
      write({ ...published, registrationUrl: 'javascript:alert(1)' }),
    ).rejects.toMatchObject(refused('registrationUrl', /http/))
    // Nothing half-stored.
    expect(await payload.count({ collection: 'events', overrideAccess: true })).toEqual(before)
  })

  it('keeps the time zone beside the instant, translations per locale, and a slug per locale', async () => {
    const event = await write({ _status: 'published' })
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'cs',
      user: editor,
      overrideAccess: false,
      data: { title: 'Den výzev', _status: 'published' },
    })
    const cs = await lib.getEvent('cs', 'den-vyzev')
    expect(cs?.title).toBe('Den výzev')
    expect(cs?.startsAt_tz).toBe('Europe/Helsinki')
    expect(cs?.translatedLocales).toEqual(expect.arrayContaining(['en', 'cs']))
    expect(cs?.slugs.en).toBe(event.slug)
    const de = await lib.getEvent('de', event.slug!)
    expect(de?.title).toBe(event.title)
    expect(de?.translatedLocales).not.toContain('de')
  })

  it('queues a refresh of the lists for the moment a published event ends', async () => {
    const event = await write({ _status: 'published' })
    await expectWaitingRefresh(payload, 'events', event.endsAt)
  })

  it('the refresh job completes when it is due', async () => {
    const job = await payload.jobs.queue({
      task: 'expireAtDeadline',
      input: { collection: 'events' },
      waitUntil: new Date(Date.now() - 1_000),
    })
    await payload.jobs.run()
    // A job that completes is deleted from the queue; one that failed would stay with its error.
    const left = await payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      disableErrors: true,
    })
    expect(left).toBeNull()
  })

  it('lists published events soonest first and indexes them for search', async () => {
    const titles = (await lib.listEvents('en')).map((e) => e.title)
    expect(titles.length).toBeGreaterThan(0)
    expect(titles).not.toContain(undefined)
    const starts = (await lib.listEvents('en')).map((e) => e.startsAt)
    expect([...starts].sort()).toEqual(starts)
    const indexed = await payload.find({
      collection: 'search',
      where: { 'doc.relationTo': { equals: 'events' } },
      limit: 100,
    })
    expect(indexed.totalDocs).toBe(titles.length)
  })

  it('a translator’s Lithuanian waits for approval: lists, search and the page stay English until then', async () => {
    const translator = (await payload.create({
      collection: 'users',
      data: {
        email: 'translator@example.eu',
        password: 'correct-horse-battery-staple',
        roles: ['translator'],
        languages: ['lt'],
      } as never,
    })) as TypedUser
    const event = await write({ _status: 'published' })
    const slug = String(event.slug)
    // Translators write their language as a draft; the English and the dates are not theirs.
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'lt',
      draft: true,
      overrideAccess: false,
      user: translator,
      data: { title: 'Iššūkių diena', startsAt: inTwoHours(), startsAt_tz: 'UTC' } as never,
    })
    const drafted = await payload.findByID({
      collection: 'events',
      id: event.id,
      draft: true,
      depth: 0,
    })
    expect([drafted.title, drafted.startsAt, drafted.startsAt_tz]).toEqual([
      event.title,
      event.startsAt,
      event.startsAt_tz,
    ])
    const listed = async () => (await lib.listEvents('lt')).find((e) => e.id === event.id)
    expect((await listed())?.title).toBe(event.title)
    expect((await listed())?.startsAt).toBe(event.startsAt)
    expect((await lib.getEvent('lt', slug))?.translatedLocales).not.toContain('lt')
    const { approve } = await import('@/lib/translation')
    await approve({
      payload,
      target: { collection: 'events', id: event.id },
      locale: 'lt',
      user: translator,
    })
    expect((await listed())?.title).toBe('Iššūkių diena')
    const page = await lib.getEvent('lt', slug)
    expect([page?.title, page?.translatedLocales]).toEqual(['Iššūkių diena', ['en', 'lt']])
    const record = await payload.find({
      collection: 'search',
      locale: 'lt',
      where: { 'doc.value': { equals: event.id } },
    })
    expect(record.docs[0]?.title).toBe('Iššūkių diena')
    // The English changes afterwards: the Lithuanian page stays, marked outdated.
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'en',
      data: { summary: 'A changed summary.', _status: 'published' } as never,
    })
    expect((await lib.getEvent('lt', slug))?.outdated).toBe(true)
  })

  it('a change expires its own pages and, when visitors see it, the lists; not other events’', async () => {
    const { eventTagsFor } = await import('@/collections/Events/hooks/revalidateEvent')
    const { eventTags } = await import('@/lib/cacheTags')
    const published = { _status: 'published' }
    const draft = { _status: 'draft' }
    expect(eventTagsFor(published, published, ['a', 'a-lt'])).toEqual([
      eventTags.slug('a'),
      eventTags.slug('a-lt'),
      eventTags.lists,
    ])
    // Unpublished and published: the lists lose or gain it.
    expect(eventTagsFor(published, draft, ['a'])).toContain(eventTags.lists)
    expect(eventTagsFor(null, published, ['a'])).toContain(eventTags.lists)
    // A draft nobody sees: only its own (uncached) page, never the lists or another event.
    expect(eventTagsFor(draft, draft, ['a', ''])).toEqual([eventTags.slug('a')])
  })
})
