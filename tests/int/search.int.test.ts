import type { Payload } from 'payload'

import { seed } from '@/seed'

import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let searchSite: typeof import('@/lib/cms/search').searchSite

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('search'))
  ;({ searchSite } = await import('@/lib/cms/search'))
  await seed(payload)
}, 180_000)
afterAll(() => stop?.())

const titles = async (...args: Parameters<typeof searchSite>) => {
  const result = await searchSite(...args)
  if (result.status !== 'ok') throw new Error(`search answered ${result.status}`)
  return result.hits.map((hit) => ({ title: hit.title, english: hit.english }))
}

describe('search in the visitor’s language', () => {
  it('finds the German text of the press release in German, not its Czech one', async () => {
    expect(await titles('de', 'Hochschulallianz ausgewählt')).toContainEqual({
      title: 'HEROES als Europäische Hochschulallianz ausgewählt',
      english: false,
    })
    expect(await titles('de', 'vybrána aliance')).toEqual([])
    expect(await titles('cs', 'vybrána aliance')).toContainEqual({
      title: 'HEROES byla vybrána jako aliance evropských univerzit',
      english: false,
    })
  })

  it('ignores diacritics in Finnish, Czech and Lithuanian', async () => {
    const finnish = await titles('fi', 'seinajoki university')
    expect(finnish.map((h) => h.title)).toContain('Seinäjoki University of Applied Sciences')
    const czech = await titles('cs', 'vybrana evropskych')
    expect(czech.map((h) => h.title)).toContain(
      'HEROES byla vybrána jako aliance evropských univerzit',
    )
    const lithuanian = await searchSite('lt', 'europos universitetu')
    expect(lithuanian.status === 'ok' && lithuanian.total).toBeGreaterThan(0)
  })

  it('answers empty and junk queries kindly', async () => {
    expect((await searchSite('en', '   ')).status).toBe('empty')
    expect((await searchSite('en', '%%%')).status).toBe('empty')
    expect((await searchSite('en', 'a')).status).toBe('too-short')
    expect(await titles('en', 'qwxzqwxz')).toEqual([])
  })

  it('marks English matches where a document has no translation, and forgets unpublished ones', async () => {
    const release = await payload.create({
      collection: 'press-releases',
      locale: 'en',
      data: {
        title: 'Zebracorn summit announced',
        slug: 'zebracorn-summit',
        publishedAt: '2026-11-01T09:00:00.000Z',
        _status: 'published',
      },
    })
    expect(await titles('de', 'zebracorn')).toEqual([
      { title: 'Zebracorn summit announced', english: true },
    ])
    expect(await titles('en', 'zebracorn')).toEqual([
      { title: 'Zebracorn summit announced', english: false },
    ])

    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'draft' },
    })
    expect(await titles('en', 'zebracorn')).toEqual([])
    expect(await titles('de', 'zebracorn')).toEqual([])
  })
})
