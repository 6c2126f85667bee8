import type { Payload, TypedUser } from 'payload'

import { approve, status, type TranslationTarget } from '@/lib/translation'

import { startPayload } from '../helpers/payload'

/**
 * Collections without drafts (institutions, flagships, partners) and the globals store a
 * translator's text at once. Visitors must keep the last approved text while a re-edit awaits
 * approval, and a first translation never approved still falls back to English. Read through the
 * site's own data layer (lib/cms), with visitors' rights.
 */
let payload: Payload
let stop: () => Promise<void>
let editor: TypedUser
let lt: TypedUser
let cms: {
  institutions: typeof import('@/lib/cms/institutions')
  flagships: typeof import('@/lib/cms/flagships')
  partners: typeof import('@/lib/cms/partners')
  home: typeof import('@/lib/cms/home')
  sitemap: typeof import('@/lib/cms/sitemap')
}

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('translation-kept'))
  cms = {
    institutions: await import('@/lib/cms/institutions'),
    flagships: await import('@/lib/cms/flagships'),
    partners: await import('@/lib/cms/partners'),
    home: await import('@/lib/cms/home'),
    sitemap: await import('@/lib/cms/sitemap'),
  }
  const make = (email: string, roles: string[], languages: string[] = []) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery-staple', roles, languages } as never,
    }) as Promise<TypedUser>
  await make('admin@example.eu', ['admin'])
  editor = await make('editor@example.eu', ['editor'])
  lt = await make('lt@example.eu', ['translator'], ['lt'])
}, 120_000)
afterAll(() => stop?.())

const as = (user: TypedUser) => ({ overrideAccess: false, user }) as const

/**
 * One translatable target: how the editor writes its English, how the translator writes its
 * Lithuanian, and what a Lithuanian visitor reads of it (with whether the text is Lithuanian).
 */
type Case = {
  name: string
  create: () => Promise<TranslationTarget>
  write: (
    target: TranslationTarget,
    text: string,
    user: TypedUser,
    locale: string,
  ) => Promise<unknown>
  visitor: (
    target: TranslationTarget,
  ) => Promise<{ text: unknown; lithuanian: boolean; outdated?: boolean }>
}

const id = (target: TranslationTarget) => (target as { id: number }).id
const writeIn =
  (collection: 'institutions' | 'flagships' | 'partners', ...fields: string[]) =>
  (target: TranslationTarget, text: string, user: TypedUser, locale: string) =>
    payload.update({
      collection,
      id: id(target),
      locale: locale as 'lt',
      ...as(user),
      data: Object.fromEntries(fields.map((field) => [field, text])) as never,
    })

let n = 0
const cases: Case[] = [
  {
    name: 'institutions',
    create: async () => {
      const doc = await payload.create({
        collection: 'institutions',
        locale: 'en',
        ...as(editor),
        data: {
          name: `Kolegija ${++n}`,
          kind: 'member',
          country: 'LT',
          city: 'Vilnius',
          website: 'https://example.lt',
          summary: 'English summary',
          location: { lat: 54.7, lng: 25.3 },
        } as never,
      })
      return { collection: 'institutions', id: doc.id }
    },
    write: writeIn('institutions', 'summary'),
    visitor: async (target) => {
      const slug = (await payload.findByID({ collection: 'institutions', id: id(target) })).slug
      const detail = await cms.institutions.getInstitution('lt', slug!)
      const listed = (await cms.institutions.listMembers('lt')).find((m) => m.id === id(target))
      expect(listed?.summary).toBe(detail?.summary)
      return {
        text: detail?.summary,
        lithuanian: Boolean(detail?.translatedLocales.includes('lt')),
        outdated: detail?.outdated,
      }
    },
  },
  {
    name: 'flagships',
    create: async () => {
      const doc = await payload.create({
        collection: 'flagships',
        locale: 'en',
        ...as(editor),
        data: {
          title: `FLAGSHIP${++n}`,
          tagline: 'English tagline',
          summary: 'English summary',
        } as never,
      })
      return { collection: 'flagships', id: doc.id }
    },
    write: writeIn('flagships', 'summary', 'tagline'),
    visitor: async (target) => {
      const slug = (await payload.findByID({ collection: 'flagships', id: id(target) })).slug
      const detail = await cms.flagships.getFlagship('lt', slug!)
      const listed = (await cms.flagships.listFlagships('lt')).find((f) => f.id === id(target))
      expect(listed?.summary).toBe(detail?.summary)
      return {
        text: detail?.summary,
        lithuanian: Boolean(detail?.translatedLocales.includes('lt')),
        outdated: detail?.outdated,
      }
    },
  },
  {
    name: 'partners',
    create: async () => {
      const doc = await payload.create({
        collection: 'partners',
        locale: 'en',
        ...as(editor),
        data: {
          name: `Partner ${++n}`,
          kind: 'other',
          description: 'English description',
        } as never,
      })
      return { collection: 'partners', id: doc.id }
    },
    write: writeIn('partners', 'description'),
    visitor: async (target) => {
      const groups = await cms.partners.listPartnerGroups('lt')
      const partner = groups.flatMap((g) => g.partners).find((p) => p.id === id(target))
      return {
        text: partner?.description,
        lithuanian: partner?.description !== 'English description',
      }
    },
  },
  {
    name: 'the home global',
    create: async () => {
      await payload.updateGlobal({
        slug: 'home',
        locale: 'en',
        ...as(editor),
        data: { hero: { title: 'English hero', missionLine: 'English mission' } },
      })
      return { global: 'home' }
    },
    write: (_target, text, user, locale) =>
      payload.updateGlobal({
        slug: 'home',
        locale: locale as 'lt',
        ...as(user),
        data: { hero: { title: text, missionLine: `${text} (mission)` } },
      }),
    visitor: async () => {
      const home = await cms.home.getHome('lt')
      return {
        text: home.hero?.title,
        lithuanian: home.translatedLocales.includes('lt'),
        outdated: home.outdated,
      }
    },
  },
  {
    name: 'the site global',
    create: async () => {
      await payload.updateGlobal({
        slug: 'site',
        locale: 'en',
        ...as(editor),
        data: { contact: { intro: 'English intro', email: 'office@example.eu' } },
      })
      return { global: 'site' }
    },
    write: (_target, text, user, locale) =>
      payload.updateGlobal({
        slug: 'site',
        locale: locale as 'lt',
        ...as(user),
        data: { contact: { intro: text } },
      }),
    visitor: async () => {
      const site = await cms.home.getSite('lt')
      // The non-localized address is today's, never the one stored with the approved text.
      expect(site.contact?.email).toBe((await payload.findGlobal({ slug: 'site' })).contact?.email)
      return {
        text: site.contact?.intro,
        lithuanian: site.translatedLocales.includes('lt'),
        outdated: site.outdated,
      }
    },
  },
]

describe.each(cases)('$name', ({ create, write, visitor }) => {
  it('keeps the approved translation public while a re-edit awaits approval', async () => {
    const target = await create()
    const english = (await visitor(target)).text

    // A first translation, never approved: visitors get English.
    await write(target, 'Pirmas vertimas', lt, 'lt')
    expect((await status({ payload, target })).lt).toBe('awaiting')
    expect(await visitor(target)).toMatchObject({ text: english, lithuanian: false })

    await approve({ payload, target, locale: 'lt', user: lt })
    expect(await visitor(target)).toMatchObject({ text: 'Pirmas vertimas', lithuanian: true })

    // The re-edit waits; visitors keep the approved text, in Lithuanian.
    await write(target, 'Pataisytas vertimas', lt, 'lt')
    expect((await status({ payload, target })).lt).toBe('awaiting')
    expect(await visitor(target)).toMatchObject({ text: 'Pirmas vertimas', lithuanian: true })
    // A second re-edit before approval keeps the same approved text.
    await write(target, 'Dar kartą pataisytas', lt, 'lt')
    expect(await visitor(target)).toMatchObject({ text: 'Pirmas vertimas', lithuanian: true })

    await approve({ payload, target, locale: 'lt', user: lt })
    expect((await status({ payload, target })).lt).toBe('current')
    expect(await visitor(target)).toMatchObject({ text: 'Dar kartą pataisytas', lithuanian: true })
  })
})

describe('while a re-edit awaits approval', () => {
  it('the kept translation turns outdated when English changes, and an editor’s save approves', async () => {
    const { create, write, visitor } = cases[1]!
    const target = await create()
    await write(target, 'Patvirtinta santrauka', lt, 'lt')
    await approve({ payload, target, locale: 'lt', user: lt })
    await write(target, 'Laukianti santrauka', lt, 'lt')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await write(target, 'New English summary', editor, 'en')
    expect(await visitor(target)).toMatchObject({
      text: 'Patvirtinta santrauka',
      lithuanian: true,
      outdated: true,
    })
    // An editor saving in Lithuanian approves what they save (docs/translation.md).
    await write(target, 'Redaktoriaus santrauka', editor, 'lt')
    expect(await visitor(target)).toMatchObject({ text: 'Redaktoriaus santrauka', outdated: false })
  })

  it('the sitemap keeps the language and the search keeps the approved text', async () => {
    const { create, write } = cases[0]!
    const target = await create()
    await write(target, 'Patvirtintas aprašas', lt, 'lt')
    await approve({ payload, target, locale: 'lt', user: lt })
    await write(target, 'Laukiantis aprašas', lt, 'lt')
    const slug = (await payload.findByID({ collection: 'institutions', id: id(target) })).slug
    const entry = (await cms.sitemap.listForSitemap('institutions')).find(
      (doc) => doc.slugs.en === slug,
    )
    expect(entry?.locales).toContain('lt')
    const { docs } = await payload.find({
      collection: 'search',
      locale: 'lt',
      fallbackLocale: false,
      where: { 'doc.value': { equals: id(target) }, 'doc.relationTo': { equals: 'institutions' } },
      depth: 0,
    })
    expect((docs[0] as unknown as { excerpt?: string }).excerpt).toBe('Patvirtintas aprašas')
  })
})
