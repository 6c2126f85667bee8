import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { deleteEmptyDrafts } from '@/lib/emptyDrafts'
import { submissionExportColumns } from '@/lib/exports/columns'
import { readableRow } from '@/lib/exports/readable'

import { sampleData } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * The staff's daily work as issue 22 found it: authors of drafts, assigning a submission to a
 * colleague, and a CSV export a reviewer can read.
 */
let payload: Payload
let stop: () => Promise<void>
const users = {} as Record<'admin' | 'editor' | 'reviewer' | 'colleague', TypedUser>

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('daily-work'))
  const make = (key: keyof typeof users, role: string, name?: string) =>
    payload.create({
      collection: 'users',
      data: {
        email: `${key}@daily.example.eu`,
        password: 'correct-horse-battery-staple',
        roles: [role],
        ...(name ? { name } : {}),
      } as never,
    }) as Promise<TypedUser>
  users.admin = await make('admin', 'admin', 'Ada Admin')
  users.editor = await make('editor', 'editor', 'Eeva Editor')
  users.reviewer = await make('reviewer', 'reviewer', 'Rasa Reviewer')
  users.colleague = await make('colleague', 'reviewer')
}, 120_000)
afterAll(() => stop?.())

const as = (user: TypedUser) => ({ overrideAccess: false, user }) as const

describe('drafts and their authors', () => {
  it('clears drafts left without a title in any language, and nothing else', async () => {
    const HOUR = 60 * 60 * 1000
    // What "Create New" stores at once (Payload's autosave), as the editor's own request would.
    const opened = () =>
      payload.create({
        collection: 'press-releases',
        locale: 'en',
        draft: true,
        data: {} as never,
        ...as(users.editor),
      })
    const abandoned = await opened()
    const finnishOnly = await opened()
    await payload.update({
      collection: 'press-releases',
      id: finnishOnly.id,
      locale: 'fi',
      draft: true,
      data: { title: 'Vain suomeksi' } as never,
      ...as(users.editor),
    })
    const emptyPage = await payload.create({
      collection: 'pages',
      locale: 'en',
      draft: true,
      data: {} as never,
      ...as(users.editor),
    })
    const live = await payload.create({
      collection: 'press-releases',
      locale: 'en',
      data: { title: 'Published', _status: 'published' } as never,
    })
    const exists = async (collection: 'press-releases' | 'pages', id: number | string) =>
      (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

    // Within a day nothing goes: someone may still be writing.
    expect(await deleteEmptyDrafts(payload, 24, Date.now() + 23 * HOUR)).toBe(0)
    expect(await deleteEmptyDrafts(payload, 24, Date.now() + 25 * HOUR)).toBe(2)
    expect(await exists('press-releases', abandoned.id)).toBe(false)
    expect(await exists('pages', emptyPage.id)).toBe(false)
    expect(await exists('press-releases', finnishOnly.id)).toBe(true)
    expect(await exists('press-releases', live.id)).toBe(true)
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'deleteEmptyDrafts')
    expect(task?.schedule).toEqual([expect.objectContaining({ queue: 'maintenance' })])
  })

  it('names the author of a draft, and keeps naming them when someone else saves', async () => {
    const draft = await payload.create({
      collection: 'press-releases',
      locale: 'en',
      draft: true,
      data: { title: 'Started by the editor', _status: 'draft' } as never,
      ...as(users.editor),
    })
    await payload.update({
      collection: 'press-releases',
      id: draft.id,
      locale: 'en',
      draft: true,
      data: { summary: 'Finished by the admin' } as never,
      ...as(users.admin),
    })
    const seen = await payload.findByID({
      collection: 'press-releases',
      id: draft.id,
      draft: true,
      depth: 1,
      ...as(users.editor),
    })
    expect((seen.createdBy as { name?: string }).name).toBe('Eeva Editor')
    expect((seen.updatedBy as { name?: string }).name).toBe('Ada Admin')
  })

  it('names an account by its email when it has no name', async () => {
    const found = await payload.findByID({ collection: 'users', id: users.colleague.id })
    expect(found.name).toBe('colleague@daily.example.eu')
  })
})

describe('assigning a submission', () => {
  const submission = () =>
    payload.create({
      collection: 'form-submissions',
      data: {
        name: 'Visitor',
        email: 'visitor@example.eu',
        topic: 'studies',
        message: 'Hello',
        locale: 'lt',
        consent: true,
      } as never,
    })

  it('goes to any reviewer, shown by name to the reviewer who assigns', async () => {
    const doc = await submission()
    await payload.update({
      collection: 'form-submissions',
      id: doc.id,
      data: { assignee: users.colleague.id } as never,
      ...as(users.reviewer),
    })
    const seen = await payload.findByID({
      collection: 'form-submissions',
      id: doc.id,
      depth: 1,
      ...as(users.reviewer),
    })
    expect((seen.assignee as { name?: string }).name).toBe('colleague@daily.example.eu')
  })

  it('refuses anyone but a reviewer, with a clear message, and stores nothing', async () => {
    const doc = await submission()
    for (const who of [users.editor, users.admin]) {
      await expect(
        payload.update({
          collection: 'form-submissions',
          id: doc.id,
          data: { assignee: who.id, status: 'answered' } as never,
          ...as(users.reviewer),
        }),
      ).rejects.toMatchObject({
        status: 400,
        data: {
          errors: [expect.objectContaining({ message: 'Only a reviewer can be assigned.' })],
        },
      })
    }
    const after = await payload.findByID({ collection: 'form-submissions', id: doc.id, depth: 0 })
    expect(after).toMatchObject({ assignee: null, status: 'new' })
  })
})

describe('the reviewers’ CSV export', () => {
  it('starts from columns that all exist on submissions', () => {
    const names = new Set(
      payload.collections['form-submissions'].config.flattenedFields.map((f) => f.name),
    )
    expect(submissionExportColumns.filter((c) => !names.has(c))).toEqual([])
    for (const needed of ['email', 'message', 'internalNotes', 'assignee'])
      expect(submissionExportColumns).toContain(needed)
  })

  it('writes names and labels, not ids and codes, and still neutralises formulas', async () => {
    const institution = await payload.create({
      collection: 'institutions',
      data: (await sampleData(payload, 'institutions', 1)) as never,
    })
    await payload.create({
      collection: 'form-submissions',
      data: {
        name: '=HYPERLINK("https://evil.example")',
        email: 'readable@example.eu',
        topic: 'partnership',
        institution: institution.id,
        assignee: users.reviewer.id,
        message: 'Readable please',
        locale: 'fi',
        consent: true,
        status: 'in-progress',
      } as never,
    })
    const made = await payload.create({
      collection: 'exports',
      data: {
        collectionSlug: 'form-submissions',
        format: 'csv',
        fields: [...submissionExportColumns],
        where: { email: { equals: 'readable@example.eu' } },
      } as never,
      ...as(users.reviewer),
    })
    await payload.jobs.run({ limit: 10 })
    const doc = await payload.findByID({ collection: 'exports', id: made.id, depth: 0 })
    // Named (and its drawer titled) as what it is, not by a bare timestamp.
    expect(doc.filename).toMatch(/^CSV export \d{4}-\d\d-\d\d \d\d-\d\d.*\.csv$/)
    const file = path.resolve('data/exports', doc.filename!)
    const [row] = parse(fs.readFileSync(file), { columns: true, bom: true }) as Record<
      string,
      string
    >[]
    expect(row).toMatchObject({
      institution: institution.name,
      assignee: 'Rasa Reviewer',
      status: 'In progress',
      topic: 'Partnership',
      locale: 'Finnish',
      email: 'readable@example.eu',
      message: 'Readable please',
      name: `'=HYPERLINK("https://evil.example")`,
    })
    expect(Object.keys(row)).not.toContain('institution_id')
  })

  it('speaks the reviewer’s interface language', () => {
    const req = { i18n: { language: 'fi' } } as unknown as PayloadRequest
    const row = readableRow(
      { status: 'answered', topic: 'studies', locale: 'de', institution_id: 3 },
      { institution: { id: 3, name: 'SeAMK' } },
      req,
    )
    expect(row).toEqual({
      status: 'Vastattu',
      topic: 'Opiskelu',
      locale: 'saksa',
      institution: 'SeAMK',
    })
  })
})
