import type { Payload } from 'payload'

import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let cms: {
  press: typeof import('@/lib/cms/pressReleases')
  flagships: typeof import('@/lib/cms/flagships')
  sitemap: typeof import('@/lib/cms/sitemap')
}

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('cms'))
  // lib/cms reads the config when imported: only after the test database is chosen.
  cms = {
    press: await import('@/lib/cms/pressReleases'),
    flagships: await import('@/lib/cms/flagships'),
    sitemap: await import('@/lib/cms/sitemap'),
  }
  const release = await payload.create({
    collection: 'press-releases',
    locale: 'en',
    data: {
      title: 'English title',
      slug: 'news',
      publishedAt: '2026-01-02T09:00:00.000Z',
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'de',
    data: { title: 'Deutscher Titel', _status: 'published' },
  })
  await payload.create({
    collection: 'press-releases',
    locale: 'en',
    draft: true,
    data: {
      title: 'Secret draft',
      slug: 'draft',
      publishedAt: '2026-02-01T09:00:00.000Z',
      _status: 'draft',
    },
  })
}, 120_000)
afterAll(() => stop?.())

describe('lib/cms', () => {
  it('reads the visitor’s locale and knows which locales are translated', async () => {
    const de = await cms.press.getPressRelease('de', 'news')
    expect(de?.title).toBe('Deutscher Titel')
    expect(de?.translatedLocales).toEqual(['en', 'de'])
  })

  it('falls back to English where a locale has no translation, and says so', async () => {
    const fi = await cms.press.getPressRelease('fi', 'news')
    expect(fi?.title).toBe('English title')
    expect(fi?.translatedLocales).not.toContain('fi')
  })

  it('never returns drafts to visitors: not by slug, not in lists, not in the sitemap', async () => {
    expect(await cms.press.getPressRelease('en', 'draft')).toBeNull()
    const list = await cms.press.listPressReleases('en', 1)
    expect(list.docs.map((d) => d.slug)).toEqual(['news'])
    expect(await cms.press.listPressSlugs('en')).toEqual(['news'])
    expect(await cms.sitemap.listSitemapParts()).toEqual(['site', 'press-2026-01'])
    expect(await cms.sitemap.listPressForSitemap('2026-02', 1)).toEqual([])
    const entries = await cms.sitemap.listPressForSitemap('2026-01', 1)
    expect(entries).toEqual([
      expect.objectContaining({
        slugs: expect.objectContaining({ en: 'news' }),
        locales: ['en', 'de'],
      }),
    ])
  })

  it('lists newest first and paginates', async () => {
    for (let i = 0; i < 11; i++) {
      await payload.create({
        collection: 'press-releases',
        data: {
          title: `Item ${i}`,
          slug: `item-${i}`,
          publishedAt: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
          _status: 'published',
        },
      })
    }
    const first = await cms.press.listPressReleases('en', 1)
    expect(first.docs[0].slug).toBe('news')
    expect(first.docs[1].slug).toBe('item-10')
    expect(first.totalPages).toBe(2)
    const second = await cms.press.listPressReleases('en', 2)
    expect(second.docs.map((d) => d.slug)).toEqual(['item-1', 'item-0'])
  })

  it('returns null for an unknown slug', async () => {
    expect(await cms.flagships.getFlagship('en', 'no-such-flagship')).toBeNull()
  })
})
