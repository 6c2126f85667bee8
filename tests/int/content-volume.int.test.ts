import { createLocalReq, type Payload } from 'payload'

import { cloneRelease } from '../../bench/volume/clone'
import { onMongo, startPayload } from '../helpers/payload'

/**
 * The portal at thousands of releases (issue 26): 1,201 published releases in one month, made
 * the way the benchmark makes its data set (one through the local API, the rest copied in SQL).
 */
let payload: Payload
let stop: () => Promise<void>
let press: typeof import('@/lib/cms/pressReleases')
let sitemap: typeof import('@/lib/cms/sitemap')
let entries: typeof import('@/lib/sitemapEntries')
let xml: typeof import('@/lib/sitemapXml')
let search: typeof import('@/lib/cms/search')
let tagsFor: typeof import('@/collections/PressReleases/hooks/pressTagsFor')
let tags: typeof import('@/lib/cacheTags')

const GENERATED = 1201
const NEWEST = '2025-06-30T12:00:00.000Z'

const describeSqlite = onMongo() ? describe.skip : describe
if (onMongo()) console.log('content-volume: the generated data set is written in SQL (SQLite only)')

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('content-volume'))
  press = await import('@/lib/cms/pressReleases')
  sitemap = await import('@/lib/cms/sitemap')
  entries = await import('@/lib/sitemapEntries')
  xml = await import('@/lib/sitemapXml')
  search = await import('@/lib/cms/search')
  tagsFor = await import('@/collections/PressReleases/hooks/pressTagsFor')
  tags = await import('@/lib/cacheTags')
  if (onMongo()) return
  const context = { disableRevalidate: true }
  const template = await payload.create({
    collection: 'press-releases',
    locale: 'en',
    data: { title: 'Volume release', slug: 'volume', publishedAt: NEWEST, _status: 'published' },
    context,
  })
  await payload.update({
    collection: 'press-releases',
    id: template.id,
    locale: 'cs',
    data: { title: 'Objemová zpráva', slug: 'objem', _status: 'published' },
    context,
  })
  // One copy a minute back from the template: all 1,201 in June 2025, some on equal dates below.
  await cloneRelease(payload, Number(template.id), GENERATED - 1, (GENERATED - 1) * 60_000, NEWEST)
}, 180_000)
afterAll(() => stop?.())

describeSqlite('press list pagination at depth', () => {
  it('walks every published release exactly once, newest first, the same on every read', async () => {
    const seen: string[] = []
    let previous = Infinity
    const first = await press.listPressReleases('cs', 1)
    expect(first.totalDocs).toBe(GENERATED)
    for (let page = 1; page <= first.totalPages; page++) {
      const { docs } = await press.listPressReleases('cs', page)
      for (const doc of docs) {
        const time = Date.parse(doc.publishedAt)
        expect(time).toBeLessThanOrEqual(previous)
        previous = time
        seen.push(doc.slug ?? '')
      }
    }
    expect(seen).toHaveLength(GENERATED)
    expect(new Set(seen).size).toBe(GENERATED)
    const again = await press.listPressReleases('cs', 77)
    expect(again.docs.map((d) => d.slug)).toEqual(seen.slice(760, 770))
  })

  it('orders releases published at the same moment the same way on every page', async () => {
    const { docs } = await payload.find({ collection: 'press-releases', limit: 3, sort: 'id' })
    for (const doc of docs)
      await payload.update({
        collection: 'press-releases',
        id: doc.id,
        data: { publishedAt: '2025-06-29T00:00:00.000Z' },
        context: { disableRevalidate: true },
      })
    const all = await payload.find({
      collection: 'press-releases',
      sort: '-publishedAt',
      pagination: false,
      depth: 0,
      select: { slug: true },
    })
    const paged = []
    for (let page = 1; page <= 121; page++)
      paged.push(...(await press.listPressReleases('en', page)).docs.map((d) => d.slug))
    expect(paged).toEqual(all.docs.map((d) => d.slug))
  })

  it('prerenders only the newest releases but reaches every one by its slug', async () => {
    const slugs = await press.listPressSlugs('en')
    expect(slugs).toHaveLength(press.PRERENDERED_RELEASES)
    const newest = [1, 2].map((page) => press.listPressReleases('en', page))
    expect(slugs).toEqual((await Promise.all(newest)).flatMap((p) => p.docs.map((d) => d.slug)))
    expect((await press.getPressRelease('en', 'volume-1200'))?.title).toBe('Volume release 1200')
    expect((await press.getPressRelease('cs', 'objem-1200'))?.title).toBe('Objemová zpráva 1200')
  })
})

describeSqlite('the sitemap index', () => {
  it('splits a month with more releases than a part holds, within the protocol’s limits', async () => {
    const parts = await sitemap.listSitemapParts()
    expect(parts).toEqual(['site', 'press-2025-06', 'press-2025-06-2'])
    const first = await entries.pressEntries('2025-06', 1)
    const second = await entries.pressEntries('2025-06', 2)
    // English and Czech each: two addresses per release, each listing both as alternates.
    expect(first).toHaveLength(sitemap.RELEASES_PER_PART * 2)
    expect(second).toHaveLength((GENERATED - sitemap.RELEASES_PER_PART) * 2)
    const urls = new Set([...first, ...second].map((e) => e.url))
    expect(urls.size).toBe(GENERATED * 2)
    const volume = first.find((e) => e.url.endsWith('/en/press/volume-1000'))
    expect(volume?.alternates).toEqual({
      en: expect.stringMatching(/\/en\/press\/volume-1000$/),
      cs: expect.stringMatching(/\/cs\/tisk\/objem-1000$/),
    })
    const body = xml.urlsetXml(first)
    expect(body.match(/<url>/g)).toHaveLength(first.length)
    expect(first.length).toBeLessThanOrEqual(50_000)
    expect(Buffer.byteLength(body)).toBeLessThan(50 * 2 ** 20)
    expect(await entries.pressEntries('2025-05', 1)).toEqual([])
  })

  it('is an index of the parts’ addresses', () => {
    const index = xml.sitemapIndexXml(['https://example.eu/sitemaps/site.xml'])
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index).toContain('<sitemap><loc>https://example.eu/sitemaps/site.xml</loc></sitemap>')
  })
})

describeSqlite('search at volume', () => {
  it('counts every match and pages through them without repeats', async () => {
    const result = await search.searchSite('en', 'volume release', 1)
    if (result.status !== 'ok') throw new Error(result.status)
    expect(result.total).toBe(GENERATED)
    expect(result.pages).toBe(Math.ceil(GENERATED / search.SEARCH_PAGE_SIZE))
    const second = await search.searchSite('en', 'volume release', 2)
    const ids = (r: typeof result | typeof second) =>
      r.status === 'ok' ? r.hits.map((h) => h.id) : []
    expect(ids(second)).toHaveLength(search.SEARCH_PAGE_SIZE)
    expect(ids(second).some((id) => ids(result).includes(id))).toBe(false)
    const last = await search.searchSite('en', 'volume release', result.pages)
    expect(ids(last)).toHaveLength(GENERATED % search.SEARCH_PAGE_SIZE || search.SEARCH_PAGE_SIZE)
    const czech = await search.searchSite('cs', 'objemova', 1)
    expect(czech.status === 'ok' && czech.total).toBe(GENERATED)
  })
})

describeSqlite('what a publish expires', () => {
  const release = (id: number, publishedAt: string, status = 'published') => ({
    id,
    _status: status,
    publishedAt,
    createdAt: publishedAt,
  })

  it('an edit expires its own pages, its month and the one list page it is on', async () => {
    const req = await createLocalReq({}, payload)
    const { docs } = await payload.find({
      collection: 'press-releases',
      sort: '-publishedAt',
      page: 3,
      limit: 10,
      depth: 0,
    })
    const doc = docs[4] as unknown as { id: number; publishedAt: string; createdAt: string }
    const state = { ...release(doc.id, doc.publishedAt), createdAt: doc.createdAt }
    const expired = await tagsFor.pressTagsFor(req, state, state, ['a-slug'])
    expect(expired.sort()).toEqual(
      [
        tags.pressTags.slug('a-slug'),
        tags.pressTags.sitemapMonth('2025-06'),
        tags.pressTags.listPage(3),
      ].sort(),
    )
  })

  it('a new, withdrawn or re-dated release shifts the lists and touches the months it leaves and joins', async () => {
    const req = await createLocalReq({}, payload)
    const before = release(1, '2024-01-05T00:00:00.000Z')
    const published = await tagsFor.pressTagsFor(req, null, before, ['new'])
    expect(published).toEqual(
      expect.arrayContaining([tags.pressTags.lists, tags.pressTags.sitemapIndex]),
    )
    expect(published).not.toContain(tags.tagFor('press-releases'))
    const withdrawn = await tagsFor.pressTagsFor(req, before, { ...before, _status: 'draft' }, [])
    expect(withdrawn).toContain(tags.pressTags.lists)
    const moved = await tagsFor.pressTagsFor(
      req,
      before,
      release(1, '2025-02-01T00:00:00.000Z'),
      [],
    )
    expect(moved).toEqual(
      expect.arrayContaining([
        tags.pressTags.sitemapMonth('2024-01'),
        tags.pressTags.sitemapMonth('2025-02'),
        tags.pressTags.lists,
      ]),
    )
  })

  it('saving keeps the search index in the save’s own locale', async () => {
    const { docs } = await payload.find({ collection: 'press-releases', limit: 1, sort: '-id' })
    await payload.update({
      collection: 'press-releases',
      id: docs[0].id,
      locale: 'cs',
      data: { title: 'Přejmenovaná zpráva' },
    })
    const found = await search.searchSite('cs', 'prejmenovana', 1)
    expect(found.status === 'ok' && found.hits.map((h) => h.title)).toEqual(['Přejmenovaná zpráva'])
  })
})

describe('versions per document', () => {
  it('keeps at most MAX_VERSIONS_PER_DOCUMENT, deleting the oldest', async () => {
    const { MAX_VERSIONS_PER_DOCUMENT } = await import('@/lib/versions')
    const doc = await payload.create({
      collection: 'press-releases',
      data: {
        title: 'Edited often',
        slug: 'edited-often',
        publishedAt: '2020-01-01T00:00:00.000Z',
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
    for (let i = 0; i < MAX_VERSIONS_PER_DOCUMENT + 5; i++)
      await payload.update({
        collection: 'press-releases',
        id: doc.id,
        data: { summary: `Edit ${i}`, _status: 'published' },
        context: { disableRevalidate: true },
      })
    const versions = await payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
      pagination: false,
    })
    expect(versions.docs).toHaveLength(MAX_VERSIONS_PER_DOCUMENT)
    expect(versions.docs[0].version.summary).toBe(`Edit ${MAX_VERSIONS_PER_DOCUMENT + 4}`)
  })
})
