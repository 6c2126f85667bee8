/**
 * `npm run restore -- <folder>`: puts a backup made by `npm run backup` back. Stop the portal
 * first; start it again afterwards (it applies any newer migrations at start).
 */
import path from 'node:path'

import { restoreSqlite } from '../lib/backup'
import { sqlitePaths } from './backupPaths'

const source = process.argv[2]
if (!source) {
  console.error('usage: npm run restore -- <backup folder>')
  process.exit(2)
}
const paths = sqlitePaths('restore')
restoreSqlite(paths, path.resolve(source))
console.log(`Restored ${paths.databaseFile} and the media files from ${path.resolve(source)}`)
