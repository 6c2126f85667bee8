import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { type DatabaseChoice, ensureSqliteFolder } from './db'

/**
 * SQLite's schema comes only from the committed migrations (`push: false`), in development as in
 * production, so the file `next dev` used can also be served by `next start` and the migrations
 * are exercised every day. Production applies them at start (`prodMigrations`); development and
 * tests apply them in `onInit` (see payload.config.ts).
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
    push: false,
    prodMigrations: migrations,
  })
}
