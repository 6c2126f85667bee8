import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

import { migrations } from '../migrations'
import type { DatabaseChoice } from '../lib/db'
import type { Env } from '../lib/env'

export const SQLITE_BUSY_TIMEOUT_MS = 10_000

/**
 * Runs once per process when Payload starts. SQLite's schema comes from the committed migrations
 * everywhere (production applies them through `prodMigrations` before this). A fresh, empty
 * database is then filled with the alliance's content so the first visit shows a real site.
 */
export async function prepareDatabase(
  payload: Payload,
  { database, env }: { database: DatabaseChoice; env: Env },
): Promise<void> {
  if (database.kind === 'sqlite') {
    // The server, the seed and scripts (jobs, fixtures, backups) may write the same file at once:
    // a writer waits up to 10 s for another's lock instead of failing with SQLITE_BUSY at once.
    const db = payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }
    await db.drizzle.run(sql.raw(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`))
  }
  if (database.kind === 'sqlite' && env.nodeEnv !== 'production') {
    // The generated migration files type their arguments for the SQLite adapter specifically.
    await payload.db.migrate({ migrations: migrations as MigrateArgs['migrations'] })
  }
  if (!env.seedOnStart) return
  const { totalDocs } = await payload.count({ collection: 'institutions' })
  if (totalDocs > 0) return
  // Imported only here: the alliance's texts in ten languages stay out of every route's bundle.
  const { seed } = await import('./index')
  const report = await seed(payload)
  const created = Object.values(report).reduce((sum, r) => sum + r.created, 0)
  payload.logger.info(`Fresh database: seeded ${created} documents with the alliance's content.`)
}
