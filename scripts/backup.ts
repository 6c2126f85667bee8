/**
 * `npm run backup [-- <folder>]`: an online backup of the embedded SQLite database and the media
 * files (default folder: backups/<date-time>). MongoDB deployments use mongodump (README).
 */
import path from 'node:path'

import { backupSqlite } from '../lib/backup'
import { sqlitePaths } from './backupPaths'

const paths = sqlitePaths('backup')
const target = path.resolve(
  process.argv[2] ?? path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')),
)
const manifest = await backupSqlite(paths, target)
console.log(`Backed up ${paths.databaseFile} and ${manifest.media.length} media files to ${target}`)
