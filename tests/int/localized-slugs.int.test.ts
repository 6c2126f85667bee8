import type { Payload } from 'payload'

import { onMongo, startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let findBySlug: typeof import('@/lib/cms/documents').findBySlug
let pageSlugs: typeof import('@/lib/cms/pages').pageSlugs

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('localized-slugs'))
  ;({ findBySlug } = await import('@/lib/cms/documents'))
  ;({ pageSlugs } = await import('@/lib/cms/pages'))
  console.info(`localized slugs suite on ${onMongo() ? 'MongoDB' : 'SQLite'}`)
}, 120_000)
afterAll(() => stop?.())

async function release(english: string, german?: string) {
  const doc = await payload.create({
    collection: 'press-releases',
    locale: 'en',
    data: { title: english, publishedAt: new Date().toISOString(), _status: 'published' },
  })
  if (german)
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'de',
      data: { title: german, _status: 'published' },
    })
  return doc
}

describe('a slug per locale for press releases and pages', () => {
  it('makes each translation’s slug from its own title, keeping the English one', async () => {
    const { id } = await release('Summer school opens', 'Sommerschule öffnet')
    const all = await payload.findByID({ collection: 'press-releases', id, locale: 'all' })
    expect(all.slug).toMatchObject({ en: 'summer-school-opens', de: 'sommerschule-offnet' })
    expect((all.slug as unknown as Record<string, string>).fr).toBeUndefined()
  })

  it('finds a document by the slug of any locale and says where it lives in each', async () => {
    await release('Winter school opens', 'Winterschule öffnet')
    const byGerman = await findBySlug('press-releases', 'de', 'winterschule-offnet', 'title')
    expect(byGerman?.title).toBe('Winterschule öffnet')
    // Reached with the English slug in German: the page redirects to slugs.de.
    const byEnglish = await findBySlug('press-releases', 'de', 'winter-school-opens', 'title')
    expect(byEnglish?.slugs.de).toBe('winterschule-offnet')
    // French has no translation: the English text and slug, marked untranslated.
    const french = await findBySlug('press-releases', 'fr', 'winterschule-offnet', 'title')
    expect(french).toMatchObject({ title: 'Winter school opens', translatedLocales: ['en', 'de'] })
    expect(french?.slugs.fr).toBe('winter-school-opens')
    expect(await findBySlug('press-releases', 'de', 'no-such-release', 'title')).toBeNull()
  })

  it('keeps slugs unique within a locale, not across locales', async () => {
    await payload.create({
      collection: 'pages',
      locale: 'en',
      data: { title: 'Privacy policy', slug: 'privacy', _status: 'published' },
    })
    const twin = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: { title: 'Mission', slug: 'mission', _status: 'published' },
    })
    // "privacy" is also the Dutch word: the same slug in another locale is fine…
    await payload.update({
      collection: 'pages',
      id: twin.id,
      locale: 'nl',
      data: { title: 'Missie', slug: 'privacy' },
    })
    // …but not twice in one locale: refused with a message, and nothing of the save is stored.
    await expect(
      payload.update({ collection: 'pages', id: twin.id, locale: 'en', data: { slug: 'privacy' } }),
    ).rejects.toThrow(/slug/i)
    const kept = await payload.findByID({ collection: 'pages', id: twin.id, locale: 'all' })
    expect(kept.slug).toEqual({ en: 'mission', nl: 'privacy' })
    expect(await pageSlugs('nl')).toMatchObject({ mission: 'privacy' })
    // /nl/privacy is the page whose Dutch slug it is, not the one falling back to English.
    expect((await findBySlug('pages', 'nl', 'privacy', 'title'))?.title).toBe('Missie')
    expect((await findBySlug('pages', 'en', 'privacy', 'title'))?.title).toBe('Privacy policy')
    expect(await pageSlugs('de')).toMatchObject({ privacy: 'privacy', mission: 'mission' })
  })

  it('requires the English slug but lets a translation wait for its own', async () => {
    await expect(
      payload.create({
        collection: 'pages',
        locale: 'en',
        data: { title: '***', _status: 'published' },
      }),
    ).rejects.toThrow()
    const { id } = await release('Only English so far')
    // A Finnish draft with a summary only: saved, and Finnish visitors keep the English address.
    const updated = await payload.update({
      collection: 'press-releases',
      id,
      locale: 'fi',
      draft: true,
      data: { summary: 'Vain tiivistelmä' },
    })
    const draft = await payload.findByID({
      collection: 'press-releases',
      id,
      locale: 'all',
      draft: true,
    })
    expect((draft.slug as unknown as Record<string, string>).fi).toBeFalsy()
    expect(updated.summary).toBe('Vain tiivistelmä')
  })
})
