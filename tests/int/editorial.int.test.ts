import { initI18n } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { locales } from '@/i18n/locales'
import { adminLanguages } from '@/lib/adminI18n'
import { translationStatus } from '@/lib/translationStatus'

import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
let admin: TypedUser
let editor: TypedUser
let reviewer: TypedUser
let n = 0

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('editorial'))
  const make = (email: string, roles: string[]) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery-staple', roles } as never,
    }) as Promise<TypedUser>
  admin = await make('admin@example.eu', ['admin'])
  editor = await make('editor@example.eu', ['editor'])
  reviewer = await make('reviewer@example.eu', ['reviewer'])
}, 120_000)
afterAll(() => stop?.())

/** A draft written by the editor, in English, with the editor's own rights. */
const draft = (title = 'Embargoed release') =>
  payload.create({
    collection: 'press-releases',
    locale: 'en',
    draft: true,
    overrideAccess: false,
    user: editor,
    data: {
      title,
      summary: 'Summary',
      slug: `release-${++n}`,
      publishedAt: '2026-11-01T09:00:00.000Z',
      _status: 'draft',
    },
  })

/** What the admin's "Schedule publish" does: a job on the default queue, due at a time. */
const schedulePublish = (id: number, user: TypedUser, waitUntil?: Date) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil,
    input: {
      type: 'publish',
      doc: { relationTo: 'press-releases', value: String(id) },
      user: { relationTo: 'users', value: user.id },
    } as never,
  })

const publicRead = (id: number, locale: (typeof locales)[number]) =>
  payload.find({
    collection: 'press-releases',
    locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    where: { id: { equals: id } },
  })

describe('drafts and publishing', () => {
  it('a draft is not readable anonymously in any locale; publishing makes it readable in all', async () => {
    const doc = await draft()
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'de',
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { title: 'Pressemitteilung unter Sperrfrist' },
    })
    for (const locale of locales) expect((await publicRead(doc.id, locale)).totalDocs).toBe(0)

    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { _status: 'published' },
    })
    const titles = await Promise.all(
      locales.map(async (locale) => (await publicRead(doc.id, locale)).docs[0]?.title),
    )
    expect(titles[locales.indexOf('de')]).toBe('Pressemitteilung unter Sperrfrist')
    expect(titles[locales.indexOf('fi')]).toBe('Embargoed release')
    expect(titles.every(Boolean)).toBe(true)
  })

  it('a scheduled publish is carried out by the job runner once it is due, not before', async () => {
    const doc = await draft('Scheduled release')
    await schedulePublish(doc.id, editor, new Date(Date.now() + 1_500))
    await payload.jobs.run({ queue: 'default' })
    expect((await publicRead(doc.id, 'en')).totalDocs).toBe(0)

    await new Promise((resolve) => setTimeout(resolve, 1_600))
    await payload.jobs.run({ queue: 'default' })
    const [published] = (await publicRead(doc.id, 'en')).docs
    expect(published?._status).toBe('published')
    // The job publishes with the scheduling editor's rights, and the history says so.
    const full = await payload.findByID({ collection: 'press-releases', id: doc.id, depth: 0 })
    expect(full.updatedBy).toBe(editor.id)
  })

  it('restoring a version brings back the old text, and each version records who saved it', async () => {
    const doc = await draft('First wording')
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'en',
      user: admin,
      overrideAccess: false,
      data: { title: 'Second wording', _status: 'published' },
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      locale: 'en',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    const first = versions.find((v) => v.version.title === 'First wording')
    expect(first?.version.updatedBy).toBe(editor.id)
    expect(versions.at(-1)?.version.updatedBy).toBe(admin.id)

    await payload.restoreVersion({
      collection: 'press-releases',
      id: first!.id,
      user: editor,
      overrideAccess: false,
    })
    const restored = await payload.findByID({
      collection: 'press-releases',
      id: doc.id,
      locale: 'en',
      draft: true,
    })
    expect(restored.title).toBe('First wording')
  })

  it('visitors never see who edited a document', async () => {
    const doc = await draft('Public release')
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      user: editor,
      overrideAccess: false,
      data: { _status: 'published' },
    })
    const [visible] = (await publicRead(doc.id, 'en')).docs
    expect(visible).toBeDefined()
    expect(visible).not.toHaveProperty('updatedBy')
  })
})

describe('translation status', () => {
  const times = async (id: number) =>
    (await payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 }))
      .translationTimes as Record<string, string>
  const write = (id: number, locale: 'en' | 'de' | 'fr', title: string) =>
    payload.update({
      collection: 'press-releases',
      id,
      locale,
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { title },
    })

  it('is right for a document with three of ten locales, and follows changes to the source', async () => {
    const doc = await draft('Source text')
    await write(doc.id, 'de', 'Ausgangstext')
    await write(doc.id, 'fr', 'Texte source')
    const status = translationStatus(await times(doc.id))
    expect(status).toEqual({
      en: 'source',
      de: 'current',
      fr: 'current',
      nl: 'missing',
      da: 'missing',
      sv: 'missing',
      fi: 'missing',
      pt: 'missing',
      lt: 'missing',
      cs: 'missing',
    })

    await new Promise((resolve) => setTimeout(resolve, 5))
    await write(doc.id, 'en', 'Source text, corrected')
    expect(translationStatus(await times(doc.id))).toMatchObject({
      de: 'outdated',
      fr: 'outdated',
    })

    await new Promise((resolve) => setTimeout(resolve, 5))
    await write(doc.id, 'de', 'Ausgangstext, korrigiert')
    expect(translationStatus(await times(doc.id))).toMatchObject({
      de: 'current',
      fr: 'outdated',
    })
  })

  it('ignores a client that tries to mark translations current', async () => {
    const doc = await draft('Tamper test')
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale: 'en',
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { translationTimes: { cs: '2999-01-01T00:00:00.000Z' } } as never,
    })
    expect(translationStatus(await times(doc.id)).cs).toBe('missing')
  })
})

describe('who may publish', () => {
  it('editors create, publish and schedule; reviewers can do none of it', async () => {
    const doc = await draft('Role test')
    const publish = (user: TypedUser) =>
      payload.update({
        collection: 'press-releases',
        id: doc.id,
        user,
        overrideAccess: false,
        data: { _status: 'published' },
      })
    await expect(publish(reviewer)).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({
        collection: 'press-releases',
        user: reviewer,
        overrideAccess: false,
        data: { title: 'Nope', slug: 'nope', publishedAt: '2026-01-01T00:00:00.000Z' },
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.find({
        collection: 'payload-jobs',
        user: reviewer,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    // A schedule runs with the rights of whoever set it: a reviewer's never publishes.
    await schedulePublish(doc.id, reviewer)
    await payload.jobs.run({ queue: 'default' })
    expect((await publicRead(doc.id, 'en')).totalDocs).toBe(0)

    expect((await publish(editor))._status).toBe('published')
  })
})

describe('the admin’s words in every admin language', () => {
  // One key of each namespace the admin shows: the SEO tab, the CSV export and our own.
  const keys = [
    'plugin-seo:autoGenerate',
    'plugin-import-export:field-name-label',
    'heroes:translationsHeading',
  ]

  it.each(Object.keys(adminLanguages))('%s has the plugins’ words and ours', async (language) => {
    const i18n = await initI18n({
      config: payload.config.i18n,
      context: 'client',
      language: language as never,
    })
    for (const key of keys) {
      const text = i18n.t(key as never)
      expect([key, text]).not.toEqual([key, key])
      expect(text.length).toBeGreaterThan(0)
    }
  })
})
