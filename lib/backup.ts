import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

export type BackupPaths = { databaseFile: string; mediaDir: string }

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`

/**
 * A consistent copy of a live SQLite database into the new file `target`, taken through SQLite
 * (`VACUUM INTO`, one read snapshot) while other processes keep writing. Copying the file alone
 * is not a copy: the database is in WAL mode, and recent commits live in its `-wal` file until a
 * checkpoint moves them, so a plain file copy can miss them or catch half of one.
 */
export async function copySqliteDatabase(databaseFile: string, target: string) {
  const client = createClient({ url: `file:${databaseFile}` })
  try {
    await client.execute(`VACUUM INTO ${quote(target)}`)
  } finally {
    client.close()
  }
}

/**
 * An online copy of the embedded SQLite database and the uploaded files, into `target`
 * (which must not exist yet): `heroes.db`, `media/` and `manifest.json`. `VACUUM INTO` reads
 * one consistent snapshot while the portal keeps running and writing.
 */
export async function backupSqlite({ databaseFile, mediaDir }: BackupPaths, target: string) {
  if (fs.existsSync(target)) throw new Error(`backup target ${target} already exists`)
  fs.mkdirSync(target, { recursive: true })
  await copySqliteDatabase(databaseFile, path.join(target, 'heroes.db'))
  const media = fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []
  if (media.length) fs.cpSync(mediaDir, path.join(target, 'media'), { recursive: true })
  const manifest = { createdAt: new Date().toISOString(), database: 'heroes.db', media }
  fs.writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Puts a backup back: the database file is replaced (through a temporary file and a rename, so
 * a failed copy leaves the old one), stale `-wal`/`-shm` files go, and the backup's media files
 * are copied over the media folder. The portal must be stopped while this runs.
 */
export function restoreSqlite({ databaseFile, mediaDir }: BackupPaths, source: string) {
  const backup = path.join(source, 'heroes.db')
  if (!fs.existsSync(backup)) throw new Error(`${source} holds no heroes.db: not a backup`)
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  const temporary = `${databaseFile}.restoring`
  fs.copyFileSync(backup, temporary)
  for (const suffix of ['-wal', '-shm', '-journal'])
    fs.rmSync(`${databaseFile}${suffix}`, { force: true })
  fs.renameSync(temporary, databaseFile)
  const media = path.join(source, 'media')
  if (fs.existsSync(media)) fs.cpSync(media, mediaDir, { recursive: true })
}
