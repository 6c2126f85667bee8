import type { Payload } from 'payload'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

import { migrations } from '../migrations'
import type { DatabaseChoice } from '../lib/db'
import type { Env } from '../lib/env'

/**
 * Runs once per process when Payload starts. SQLite's schema comes from the committed migrations
 * everywhere (production applies them through `prodMigrations` before this). A fresh, empty
 * database is then filled with the alliance's content so the first visit shows a real site.
 */
export async function prepareDatabase(
  payload: Payload,
  { database, env }: { database: DatabaseChoice; env: Env },
): Promise<void> {
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
