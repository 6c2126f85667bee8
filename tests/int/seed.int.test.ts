import type { Payload } from 'payload'

import { seed } from '@/seed'

import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('seed'))
}, 120_000)
afterAll(() => stop?.())

const counts = async () => {
  const slugs = ['institutions', 'flagships', 'partners', 'press-releases', 'pages'] as const
  const entries = await Promise.all(
    slugs.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs]),
  )
  return Object.fromEntries(entries)
}

describe('seed', () => {
  it('fills a fresh database with the alliance’s content', async () => {
    const first = await seed(payload)
    expect(first.institutions).toEqual({ created: 9, existing: 0 })
    expect(await counts()).toEqual({
      institutions: 9,
      flagships: 3,
      partners: 9,
      'press-releases': 1,
      pages: 5,
    })
    const { docs } = await payload.find({
      collection: 'flagships',
      sort: 'order',
      overrideAccess: false,
    })
    expect(docs.map((d) => d.title)).toEqual(['EDUCATION4HEROES', 'HEROES4REGIONS', 'HEROES4EVER'])
    const home = await payload.findGlobal({ slug: 'home', overrideAccess: false })
    expect(home.superpowers?.items).toHaveLength(6)
  })

  it('is idempotent and keeps editors’ changes', async () => {
    const before = await counts()
    const { docs } = await payload.find({
      collection: 'flagships',
      where: { slug: { equals: 'heroes4ever' } },
    })
    await payload.update({
      collection: 'flagships',
      id: docs[0].id,
      data: { tagline: 'Edited by an editor' },
    })
    const again = await seed(payload)
    expect(await counts()).toEqual(before)
    expect(Object.values(again).every((r) => r.created === 0)).toBe(true)
    const after = await payload.findByID({ collection: 'flagships', id: docs[0].id })
    expect(after.tagline).toBe('Edited by an editor')
  })

  it('places all nine members on the map with a country, city and website', async () => {
    const { docs } = await payload.find({
      collection: 'institutions',
      limit: 20,
      overrideAccess: false,
    })
    expect(new Set(docs.map((d) => d.country)).size).toBe(9)
    for (const doc of docs) {
      expect(doc.city).toBeTruthy()
      expect(doc.website).toMatch(/^https:\/\//)
      expect(doc.location.lat).toBeGreaterThan(34)
    }
  })
})
