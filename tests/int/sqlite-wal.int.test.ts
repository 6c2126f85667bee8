import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { copySqliteDatabase } from '../../lib/backup'
import { onMongo, startPayload } from '../helpers/payload'

/**
 * The embedded database runs in write-ahead-log mode with a full sync at each commit, and a copy
 * of it taken through SQLite while the portal writes is whole and consistent.
 */
let payload: Payload
let stop: () => Promise<void>
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-wal-'))
const run = onMongo() ? it.skip : it
if (onMongo()) console.log('WAL test: SQLite only')

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('wal'))
}, 120_000)
afterAll(async () => {
  await stop?.()
  fs.rmSync(work, { recursive: true, force: true })
})

const databaseFile = () => (process.env.DATABASE_URI as string).slice('file:'.length)

async function query(file: string, sql: string) {
  const client = createClient({ url: `file:${file}` })
  try {
    return (await client.execute(sql)).rows.map((row) => ({ ...row }))
  } finally {
    client.close()
  }
}

const message = (n: number) => ({
  name: `WAL writer ${n}`,
  email: `wal${n}@example.eu`,
  topic: 'other' as const,
  message: `Message ${n}`,
  consent: true,
  locale: 'en' as const,
  status: 'new' as const,
})

run('the portal’s connection: WAL, a full sync at each commit, a 10 s busy timeout', async () => {
  const db = payload.db as unknown as {
    client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  const first = async (sql: string) => Object.values((await db.client.execute(sql)).rows[0])[0]
  expect(await first('PRAGMA journal_mode')).toBe('wal')
  expect(await first('PRAGMA synchronous')).toBe(2) // FULL
  expect(await first('PRAGMA busy_timeout')).toBe(10_000)
  // The mode is the file's own: every other process that opens it (seed, backup, a second
  // instance) gets WAL too.
  expect(await query(databaseFile(), 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }])
})

run(
  'a copy taken while the portal writes holds every commit up to one point, and nothing half',
  async () => {
    const written: number[] = []
    let done = false
    // The driver's statements are synchronous: each write yields to the event loop so the copies
    // below run between the writer's commits, as another request's would.
    const writer = (async () => {
      for (let n = 1; n <= 150; n++) {
        const doc = await payload.create({
          collection: 'form-submissions',
          data: message(n),
          overrideAccess: true,
          depth: 0,
        })
        written.push(doc.id as number)
        await new Promise((resolve) => setImmediate(resolve))
      }
      done = true
    })()
    const copies: string[] = []
    while (!done && copies.length < 5) {
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve))
      const copy = path.join(work, `copy-${copies.length}.db`)
      await copySqliteDatabase(databaseFile(), copy)
      copies.push(copy)
    }
    await writer
    expect(copies.length).toBeGreaterThan(1)
    // Recent commits are in the -wal file, not yet in the database file itself: a copy of the
    // file alone would miss them.
    expect(fs.statSync(`${databaseFile()}-wal`).size).toBeGreaterThan(0)

    let previous = 0
    for (const copy of copies) {
      expect(await query(copy, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
      const ids = (await query(copy, 'SELECT id FROM form_submissions ORDER BY id')).map(
        (row) => row.id as number,
      )
      // Exactly the first k rows the writer committed, in order: a prefix, never a gap.
      expect(ids).toEqual(written.slice(0, ids.length))
      expect(ids.length).toBeGreaterThanOrEqual(previous)
      previous = ids.length
    }
    const final = path.join(work, 'final.db')
    await copySqliteDatabase(databaseFile(), final)
    const rows = await query(final, 'SELECT id, name, email FROM form_submissions ORDER BY id')
    expect(rows).toEqual(
      written.map((id, i) => ({ id, name: message(i + 1).name, email: message(i + 1).email })),
    )
  },
  60_000,
)
