import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { backupSqlite, restoreSqlite } from '../../lib/backup'
import { sampleData } from '../helpers/fixtures'
import { onMongo, startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-backup-'))
const mediaDir = path.resolve('data/media')

/** Every row of every table, in a stable order: two equal dumps are the same documents. */
async function dump(file: string) {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
    )
    const rows: Record<string, unknown[]> = {}
    for (const { name } of tables.rows) {
      const result = await client.execute(`select * from "${String(name)}" order by rowid`)
      rows[String(name)] = result.rows.map((row) => ({ ...row }))
    }
    return rows
  } finally {
    client.close()
  }
}

const sha256 = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('backup'))
}, 120_000)
afterAll(async () => {
  await stop?.()
  fs.rmSync(work, { recursive: true, force: true })
})

const run = onMongo() ? it.skip : it
if (onMongo()) console.log('backup test: SQLite only (MongoDB uses mongodump, see README)')

run(
  'backup → wipe → restore gives back the same documents and media',
  async () => {
    const databaseFile = (process.env.DATABASE_URI as string).slice('file:'.length)
    const paths = { databaseFile, mediaDir }

    const institution = await payload.create({
      collection: 'institutions',
      data: (await sampleData(payload, 'institutions', 1)) as never,
    })
    const release = await payload.create({
      collection: 'press-releases',
      data: (await sampleData(payload, 'press-releases', 2)) as never,
    })
    const pdf = Buffer.from(`%PDF-1.4\n% backup ${Date.now()}\nxref\ntrailer<<>>\n%%EOF\n`)
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Backup test file' },
      file: { data: pdf, name: 'backup-test.pdf', mimetype: 'application/pdf', size: pdf.length },
    })
    const mediaFile = path.join(mediaDir, media.filename!)
    const mediaHash = sha256(mediaFile)

    // Online: the portal's own connection stays open while the copy is taken.
    const before = await dump(databaseFile)
    const target = path.join(work, 'backup-1')
    const manifest = await backupSqlite(paths, target)
    expect(manifest.media).toContain(media.filename)
    expect(await dump(path.join(target, 'heroes.db'))).toEqual(before)

    // Wipe: the documents deleted (with the media file), then the database file itself.
    await payload.delete({ collection: 'press-releases', id: release.id })
    await payload.delete({ collection: 'institutions', id: institution.id })
    await payload.delete({ collection: 'media', id: media.id })
    expect(fs.existsSync(mediaFile)).toBe(false)
    expect((await payload.count({ collection: 'institutions' })).totalDocs).toBe(0)
    // The test helper's stop() removes the database file's whole folder.
    await stop()
    stop = async () => undefined
    expect(fs.existsSync(databaseFile)).toBe(false)

    restoreSqlite(paths, target)
    expect(await dump(databaseFile)).toEqual(before)
    expect(sha256(mediaFile)).toBe(mediaHash)
    fs.rmSync(mediaFile)
  },
  120_000,
)

run('refuses to overwrite an existing backup or restore from a folder that is none', async () => {
  const databaseFile = path.join(work, 'none.db')
  await expect(backupSqlite({ databaseFile, mediaDir }, work)).rejects.toThrow(/already exists/)
  expect(() => restoreSqlite({ databaseFile, mediaDir }, os.tmpdir())).toThrow(/not a backup/)
})
