import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * A Payload instance on its own fresh database for one test file: a new SQLite file (migrated by
 * the app's own onInit) or, when MONGODB_URI is set, a fresh MongoDB database.
 * The config reads the environment when it is imported, so the variables are set first.
 */
export async function startPayload(
  name: string,
): Promise<{ payload: Payload; stop: () => Promise<void> }> {
  const unique = `${name}-${process.pid}-${Date.now()}`
  const mongo = process.env.MONGODB_URI
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-int-'))
  process.env.DATABASE_URI = mongo
    ? withDatabase(mongo, unique)
    : `file:${path.join(dir, 'test.db')}`
  process.env.PAYLOAD_SECRET = 'integration-test-secret-integration-test'
  process.env.SEED_ON_START = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    stop: async () => {
      if (mongo) await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

function withDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database.replace(/[^a-z0-9_-]/gi, '_').slice(0, 60)}`
  return url.toString()
}

/** Whether this run uses MongoDB; suites print which database they ran on. */
export const onMongo = () => Boolean(process.env.MONGODB_URI)
