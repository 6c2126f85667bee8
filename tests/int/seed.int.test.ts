import type { Payload } from 'payload'

import { locales } from '@/i18n/locales'
import { seed } from '@/seed'

import { terms } from '../../seed/data/terms'

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
    expect(first.terms).toEqual({ created: terms.length, existing: 0 })
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

describe('the seeded portal in ten languages', () => {
  type Field = {
    name?: string
    type: string
    localized?: boolean
    fields?: Field[]
    tabs?: { name?: string; fields: Field[] }[]
  }
  type Problem = string
  let checked = 0

  /** Every localized value under `fields`, with its path; arrays and groups are walked. */
  function check(fields: Field[], value: Record<string, unknown>, at: string, out: Problem[]) {
    for (const field of fields) {
      if (!field.name) {
        // Rows, collapsibles and unnamed tabs (the SEO plugin's) keep their fields at this level.
        if (field.fields) check(field.fields, value, at, out)
        for (const tab of field.tabs ?? [])
          if (!tab.name) check(fieldsOf(tab.fields), value, at, out)
        continue
      }
      const path = `${at}.${field.name}`
      const own = value?.[field.name]
      if (field.localized) {
        const perLocale = (own ?? {}) as Record<string, unknown>
        const english = JSON.stringify(perLocale.en)
        for (const locale of locales) {
          checked += 1
          const text = perLocale[locale]
          if (text === undefined || text === null || text === '')
            out.push(`${path} is empty in ${locale}`)
          else if (locale !== 'en' && JSON.stringify(text) === english)
            out.push(`${path} in ${locale} is the English text`)
        }
      } else if (field.type === 'array' && Array.isArray(own)) {
        own.forEach((row, i) => check(field.fields ?? [], row, `${path}[${i}]`, out))
      } else if (field.type === 'group' && field.fields) {
        check(field.fields, own as Record<string, unknown>, path, out)
      }
    }
  }

  // Fields a translation does not fill: SEO overrides (generated from title/summary when empty),
  // media alt texts, the PDF attachment; the publisher and data controller, which only the
  // alliance can supply (checked empty below); and the translation workflow's approval record
  // (empty for seeded translations, which count as approved: lib/translation/state.ts).
  const optional = new Set(['meta', 'pdf', 'alt', 'publisher', 'controller', 'translationApproval'])
  const fieldsOf = (fields: Field[]) => fields.filter((f) => !optional.has(f.name ?? ''))

  it('has every localized field filled and translated in every locale', async () => {
    await seed(payload)
    const problems: Problem[] = []
    for (const collection of ['institutions', 'flagships', 'partners', 'press-releases', 'pages']) {
      const config = payload.collections[collection as 'pages'].config
      const { docs } = await payload.find({
        collection: collection as 'pages',
        locale: 'all',
        limit: 100,
        depth: 0,
      })
      for (const doc of docs)
        check(
          fieldsOf(config.fields as Field[]),
          doc as never,
          `${collection}/${(doc as { slug?: unknown }).slug as string}`,
          problems,
        )
    }
    for (const slug of ['home', 'site'] as const) {
      const config = payload.globals.config.find((g) => g.slug === slug)!
      const doc = await payload.findGlobal({ slug, locale: 'all', depth: 0 })
      check(fieldsOf(config.fields as Field[]), doc as never, slug, problems)
    }
    expect(problems).toEqual([])
    // 27 documents and 2 globals: 92 localized texts (the six pages' and release's slugs among
    // them), in 10 locales.
    expect(checked).toBe(920)
  }, 120_000)

  it('invents no publisher, data controller or release date', async () => {
    await seed(payload)
    const site = await payload.findGlobal({ slug: 'site', locale: 'all', depth: 0 })
    const filled = (group: Record<string, unknown> | undefined) =>
      Object.entries(group ?? {}).filter(([, value]) =>
        value && typeof value === 'object'
          ? Object.values(value).some((v) => v !== null && v !== '')
          : value !== null && value !== undefined && value !== '',
      )
    expect(filled(site.publisher as never)).toEqual([])
    expect(filled(site.controller as never)).toEqual([])
    const { docs } = await payload.find({ collection: 'press-releases', depth: 0 })
    expect(docs.map((doc) => doc.dateConfirmed)).toEqual([false])
  })
})
