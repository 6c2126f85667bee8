import type { Payload } from 'payload'

import { onMongo, startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('localization'))
  console.info(`localization suite on ${onMongo() ? 'MongoDB' : 'SQLite'}`)
}, 120_000)
afterAll(() => stop?.())

describe('localized documents (local API)', () => {
  it('reads each locale back, falls back to English only when asked', async () => {
    const created = await payload.create({
      collection: 'flagships',
      locale: 'en',
      data: {
        title: 'TEST4HEROES',
        tagline: 'English tagline',
        summary: 'English summary',
        slug: '', // left empty: filled from the title
      },
    })
    await payload.update({
      collection: 'flagships',
      id: created.id,
      locale: 'de',
      data: { tagline: 'Deutscher Slogan', summary: 'Deutsche Zusammenfassung' },
    })

    const read = (locale: 'en' | 'de' | 'fi', fallbackLocale: 'en' | false) =>
      payload.findByID({ collection: 'flagships', id: created.id, locale, fallbackLocale })

    expect((await read('en', 'en')).tagline).toBe('English tagline')
    expect((await read('de', 'en')).tagline).toBe('Deutscher Slogan')
    expect((await read('de', false)).summary).toBe('Deutsche Zusammenfassung')
    expect((await read('fi', 'en')).tagline).toBe('English tagline')
    expect((await read('fi', false)).tagline).toBeFalsy()
    expect(created.slug).toBe('test4heroes')
  })

  it('keeps slugs unique', async () => {
    const data = { title: 'Twin', tagline: 't', summary: 's', slug: 'twin' }
    await payload.create({ collection: 'flagships', data })
    await expect(payload.create({ collection: 'flagships', data })).rejects.toThrow()
    expect(
      (await payload.count({ collection: 'flagships', where: { slug: { equals: 'twin' } } }))
        .totalDocs,
    ).toBe(1)
  })
})

describe('the SQLite file shared by several processes', () => {
  it('makes a writer wait for another’s lock instead of failing at once', async () => {
    if (onMongo()) {
      console.info('busy timeout: SQLite only; this run is on MongoDB')
      return
    }
    const { sql } = await import('@payloadcms/db-sqlite')
    const db = payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<unknown[]> } }
    const rows = await db.drizzle.all(sql.raw('PRAGMA busy_timeout'))
    expect(rows.map((row) => Object.values(row as object)[0])).toEqual([10_000])
  })
})
