import type { Payload, TypedUser } from 'payload'

import { approve, awaitingApproval, status } from '@/lib/translation'
import { sendTranslationDigests } from '@/lib/translation/digest'
import { countWork, editPath, translationWork } from '@/lib/translation/work'

import { startPayload } from '../helpers/payload'

/**
 * The translation workflow on the local API with the callers' own rights: who may write which
 * language, approval per language, outdated translations, and what visitors read meanwhile.
 */
let payload: Payload
let stop: () => Promise<void>
let editor: TypedUser
let lt: TypedUser
let cs: TypedUser
let n = 0

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('translation'))
  const make = (email: string, roles: string[], languages: string[] = []) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery-staple', roles, languages } as never,
    }) as Promise<TypedUser>
  await make('admin@example.eu', ['admin'])
  editor = await make('editor@example.eu', ['editor'])
  lt = await make('lt@example.eu', ['translator'], ['lt'])
  cs = await make('cs@example.eu', ['translator'], ['cs'])
}, 120_000)
afterAll(() => stop?.())

const as = (user: TypedUser) => ({ overrideAccess: false, user }) as const

/** A partner the editor created in English, its description then translated by the Lithuanian translator. */
const partnerTranslatedToLithuanian = async (name: string, english: string, lithuanian: string) => {
  const partner = await payload.create({
    collection: 'partners',
    locale: 'en',
    ...as(editor),
    data: { name, kind: 'other', description: english } as never,
  })
  await payload.update({
    collection: 'partners',
    id: partner.id,
    locale: 'lt',
    ...as(lt),
    data: { description: lithuanian } as never,
  })
  return partner
}

/** A press release the editor published in English. */
const published = async () => {
  const doc = await payload.create({
    collection: 'press-releases',
    locale: 'en',
    ...as(editor),
    data: {
      title: 'Alliance meets in Vilnius',
      summary: 'English summary',
      slug: `vilnius-${++n}`,
      publishedAt: '2026-11-01T09:00:00.000Z',
      _status: 'published',
    },
  })
  return doc.id
}

/** The Lithuanian translator's draft of the Lithuanian text. */
const translate = (id: number, title: string, user = lt) =>
  payload.update({
    collection: 'press-releases',
    id,
    locale: 'lt',
    draft: true,
    ...as(user),
    data: { title, summary: 'Lietuviška santrauka' },
  })

const visitorTitle = async (id: number) => {
  const doc = await payload.findByID({
    collection: 'press-releases',
    id,
    locale: 'all',
    overrideAccess: false,
    depth: 0,
  })
  return (doc.title as unknown as Record<string, string>).lt
}

describe('translators', () => {
  it('write only the localized text of their own language', async () => {
    const id = await published()
    await translate(id, 'Aljansas susitinka Vilniuje')
    const draft = await payload.findByID({
      collection: 'press-releases',
      id,
      locale: 'lt',
      draft: true,
      fallbackLocale: false,
    })
    expect(draft.title).toBe('Aljansas susitinka Vilniuje')
  })

  it('cannot write English, another language, or a non-localized field', async () => {
    const id = await published()
    for (const [user, locale] of [
      [lt, 'en'],
      [lt, 'cs'],
      [cs, 'lt'],
    ] as const)
      await expect(
        payload.update({
          collection: 'press-releases',
          id,
          locale,
          draft: true,
          ...as(user),
          data: { title: 'Changed' },
        }),
      ).rejects.toMatchObject({ status: 403 })
    await translate(id, 'Lietuviškai')
    await payload.update({
      collection: 'press-releases',
      id,
      locale: 'lt',
      draft: true,
      ...as(lt),
      data: { publishedAt: '2030-01-01T00:00:00.000Z' },
    })
    const after = await payload.findByID({ collection: 'press-releases', id, draft: true })
    expect(after.publishedAt).toBe('2026-11-01T09:00:00.000Z')
  })

  it('cannot create, delete, publish or read submissions', async () => {
    const id = await published()
    await expect(
      payload.delete({ collection: 'press-releases', id, ...as(lt) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'partners',
        locale: 'lt',
        ...as(lt),
        data: { name: 'X', kind: 'other', description: 'Y' } as never,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'press-releases',
        id,
        locale: 'lt',
        draft: false,
        ...as(lt),
        data: { title: 'Published by a translator' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'form-submissions', ...as(lt) })).rejects.toMatchObject(
      { status: 403 },
    )
  })

  it('cannot give themselves another language', async () => {
    await payload.update({
      collection: 'users',
      id: lt.id,
      ...as(lt),
      data: { languages: ['lt', 'cs'] } as never,
    })
    const after = await payload.findByID({ collection: 'users', id: lt.id })
    expect((after as unknown as { languages: string[] }).languages).toEqual(['lt'])
  })
})

describe('per-language publishing', () => {
  it('keeps an unapproved translation from visitors, even when English is published', async () => {
    const id = await published()
    await translate(id, 'Dar neperžiūrėta')
    expect(
      (await status({ payload, target: { collection: 'press-releases', id }, draft: true })).lt,
    ).toBe('awaiting')
    // The editor publishes the whole document (English and every draft language) again.
    await payload.update({
      collection: 'press-releases',
      id,
      locale: 'en',
      ...as(editor),
      data: { summary: 'New English summary', _status: 'published' },
    })
    expect(await visitorTitle(id)).toBe('Dar neperžiūrėta')
    const states = await status({ payload, target: { collection: 'press-releases', id } })
    expect(states.lt).toBe('awaiting')
  })

  it('publishes one approved language alone, leaving the English draft unpublished', async () => {
    const id = await published()
    await payload.update({
      collection: 'press-releases',
      id,
      locale: 'en',
      draft: true,
      ...as(editor),
      data: { title: 'English draft not yet public' },
    })
    await translate(id, 'Patvirtintas vertimas')
    expect(
      await approve({
        payload,
        target: { collection: 'press-releases', id },
        locale: 'lt',
        user: lt,
      }),
    ).toBe('current')
    const en = await payload.findByID({
      collection: 'press-releases',
      id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(en.title).toBe('Alliance meets in Vilnius')
    expect(await visitorTitle(id)).toBe('Patvirtintas vertimas')
    const states = await status({ payload, target: { collection: 'press-releases', id } })
    expect(states.lt).toBe('current')
  })

  it('lets only the language’s translator or an editor approve', async () => {
    const id = await published()
    await translate(id, 'Vertimas')
    await expect(
      approve({ payload, target: { collection: 'press-releases', id }, locale: 'lt', user: cs }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      approve({
        payload,
        target: { collection: 'press-releases', id },
        locale: 'en',
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await approve({
      payload,
      target: { collection: 'press-releases', id },
      locale: 'lt',
      user: editor,
    })
  })

  it('approves a translation of a document without drafts (partners) and of a global', async () => {
    const partner = await partnerTranslatedToLithuanian(
      'Partner',
      'English description',
      'Lietuviškas aprašymas',
    )
    const target = { collection: 'partners', id: partner.id } as const
    expect((await status({ payload, target })).lt).toBe('awaiting')
    await approve({ payload, target, locale: 'lt', user: lt })
    expect((await status({ payload, target })).lt).toBe('current')
  })
})

describe('search', () => {
  const record = async (collection: string, id: number | string, locale: 'lt' | 'en') => {
    const { docs } = await payload.find({
      collection: 'search',
      locale,
      fallbackLocale: false,
      where: {
        and: [{ 'doc.value': { equals: id } }, { 'doc.relationTo': { equals: collection } }],
      },
      depth: 0,
    })
    return docs[0] as unknown as { title?: string | null; folded?: string | null } | undefined
  }

  it('indexes a translation in its language only once approved', async () => {
    const partner = await partnerTranslatedToLithuanian(
      'Search partner',
      'English words',
      'Lietuviški žodžiai',
    )
    expect((await record('partners', partner.id, 'lt'))?.folded ?? null).toBeNull()
    await approve({
      payload,
      target: { collection: 'partners', id: partner.id },
      locale: 'lt',
      user: lt,
    })
    expect((await record('partners', partner.id, 'lt'))?.folded).toContain('lietuviski')

    const id = await published()
    await translate(id, 'Paieškos vertimas')
    expect((await record('press-releases', id, 'lt'))?.folded ?? null).toBeNull()
    await approve({ payload, target: { collection: 'press-releases', id }, locale: 'lt', user: lt })
    expect((await record('press-releases', id, 'lt'))?.title).toBe('Paieškos vertimas')
  })
})

describe('scheduled publishing of one language', () => {
  it('publishes that language alone when the job runs', async () => {
    const id = await published()
    await payload.update({
      collection: 'press-releases',
      id,
      locale: 'en',
      draft: true,
      ...as(editor),
      data: { title: 'English draft, not scheduled' },
    })
    await translate(id, 'Suplanuotas vertimas')
    // What the admin's "Schedule publish" for Lithuanian queues.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        locale: 'lt',
        doc: { relationTo: 'press-releases', value: String(id) },
        user: { relationTo: 'users', value: editor.id },
      } as never,
    })
    await payload.jobs.run()
    expect(await visitorTitle(id)).toBe('Suplanuotas vertimas')
    const en = await payload.findByID({
      collection: 'press-releases',
      id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(en.title).toBe('Alliance meets in Vilnius')
    expect((await status({ payload, target: { collection: 'press-releases', id } })).lt).toBe(
      'current',
    )
  })
})

describe('editors', () => {
  it('approve a language by publishing in it; their drafts in it still wait', async () => {
    const id = await published()
    const target = { collection: 'press-releases', id } as const
    const edit = (draft: boolean, title: string) =>
      payload.update({
        collection: 'press-releases',
        id,
        locale: 'lt',
        draft,
        ...as(editor),
        data: { title, ...(draft ? {} : { _status: 'published' as const }) },
      })
    await edit(true, 'Redaktoriaus juodraštis')
    expect((await status({ payload, target, draft: true })).lt).toBe('awaiting')
    await edit(false, 'Redaktoriaus vertimas')
    expect((await status({ payload, target })).lt).toBe('current')
    expect(await visitorTitle(id)).toBe('Redaktoriaus vertimas')
  })

  it('leave imported text awaiting approval when the save says so', async () => {
    const id = await published()
    await payload.update({
      collection: 'press-releases',
      id,
      locale: 'lt',
      ...as(editor),
      data: { title: 'Importuotas vertimas', _status: 'published' },
      context: awaitingApproval('lt'),
    })
    const target = { collection: 'press-releases', id } as const
    expect((await status({ payload, target })).lt).toBe('awaiting')
  })
})

describe('outdated translations', () => {
  it('turn outdated when English changes and stay served', async () => {
    const id = await published()
    await translate(id, 'Patvirtinta')
    await approve({ payload, target: { collection: 'press-releases', id }, locale: 'lt', user: lt })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await payload.update({
      collection: 'press-releases',
      id,
      locale: 'en',
      ...as(editor),
      data: { title: 'Alliance meets in Vilnius again', _status: 'published' },
    })
    expect((await status({ payload, target: { collection: 'press-releases', id } })).lt).toBe(
      'outdated',
    )
    expect(await visitorTitle(id)).toBe('Patvirtinta')
  })
})

describe('the translators’ work and their daily digest', () => {
  it('lists what is missing, outdated or awaiting in a language, oldest first', async () => {
    const id = await published()
    const before = await translationWork(payload, ['lt'])
    const mine = before.filter((i) => i.collection === 'press-releases' && i.id === id)
    expect(mine).toEqual([expect.objectContaining({ locale: 'lt', state: 'missing' })])
    expect(editPath(mine[0]!)).toBe(`/admin/collections/press-releases/${id}?locale=lt`)
    const sinces = before.map((i) => i.since)
    expect(sinces).toEqual([...sinces].sort())
    await translate(id, 'Laukia')
    const after = await translationWork(payload, ['lt', 'cs'])
    expect(after.filter((i) => i.id === id && i.collection === 'press-releases')).toEqual([
      // Czech waits since the English was written, Lithuanian since it was translated.
      expect.objectContaining({ locale: 'cs', state: 'missing' }),
      expect.objectContaining({ locale: 'lt', state: 'awaiting' }),
    ])
    expect(countWork(after).lt.awaiting).toBeGreaterThan(0)
  })

  it('mails each translator their own waiting work, in their language, and nothing without SMTP', async () => {
    expect(
      await sendTranslationDigests(payload, { mailOn: false, serverUrl: 'https://x.eu' }),
    ).toBe(0)
    const sent: { to: unknown; subject: unknown; text: unknown }[] = []
    const original = payload.sendEmail
    // The only mock: the mail transport, an outside edge.
    payload.sendEmail = (async (message: (typeof sent)[number]) => {
      sent.push(message)
    }) as never
    try {
      const count = await sendTranslationDigests(payload, {
        mailOn: true,
        serverUrl: 'https://heroes.example.eu',
      })
      expect(count).toBe(2)
    } finally {
      payload.sendEmail = original
    }
    const lithuanian = sent.find((m) => m.to === 'lt@example.eu')!
    expect(String(lithuanian.subject)).toMatch(/HEROES portale jūsų laukia \d+ vertim/)
    expect(String(lithuanian.text)).toContain('https://heroes.example.eu/admin/collections/')
    expect(String(lithuanian.text)).toContain('?locale=lt')
    expect(String(lithuanian.text)).not.toContain('?locale=cs')
  })
})
