import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { type DatabaseChoice, ensureSqliteFolder } from './db'
import { indexLocaleParents } from './sqliteLocaleIndexes'

/**
 * The server, the seed and scripts (jobs, fixtures, backups) may write the same file at once: a
 * writer waits up to 10 s for another's lock instead of failing with SQLITE_BUSY at once.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000

/**
 * SQLite's schema comes only from the committed migrations (`push: false`), in development as in
 * production, so the file `next dev` used can also be served by `next start` and the migrations
 * are exercised every day. Production applies them at start (`prodMigrations`); development and
 * tests apply them in `onInit` (see payload.config.ts).
 *
 * The file is in write-ahead-log mode: a commit appends to `<file>-wal` and syncs that one file
 * (`synchronous = FULL`, so a stored message survives a power cut), where the default rollback
 * journal wrote and synced a journal, the database and the folder for every statement; readers
 * no longer wait for a writer. The `-wal` file belongs to the database: copy a live database
 * only through SQLite (`VACUUM INTO`, as `npm run backup` does), never the file alone.
 */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      // Fail within seconds with a clear error instead of mongoose's default 30 s.
      connectOptions: { serverSelectionTimeoutMS: 5_000 },
    })
  }
  ensureSqliteFolder(choice)
  return sqliteAdapter({
    client: { url: choice.url },
    // Both set on the connection before anything else runs, migrations included.
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    wal: { synchronous: 'FULL' },
    push: false,
    prodMigrations: migrations,
    afterSchemaInit: [indexLocaleParents],
  })
}
