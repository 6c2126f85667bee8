import path from 'node:path'

import type { BackupPaths } from '../lib/backup'
import { chooseDatabase } from '../lib/db'
import { getEnv } from '../lib/env'

/** Where the portal keeps its data, from the same environment the app reads. */
export function sqlitePaths(action: 'backup' | 'restore'): BackupPaths {
  const database = chooseDatabase(getEnv().databaseUri)
  if (database.kind !== 'sqlite') {
    console.error(
      `DATABASE_URI points to MongoDB: ${action === 'backup' ? 'back it up with mongodump' : 'restore it with mongorestore'} (see README, "Backups").`,
    )
    process.exit(2)
  }
  // Media's staticDir (collections/Media), resolved like Payload does: from the project root.
  return { databaseFile: database.file, mediaDir: path.resolve('data/media') }
}
