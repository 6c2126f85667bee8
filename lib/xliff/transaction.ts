import { beginTransaction } from '@payloadcms/drizzle'
import { commitTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction on `req`, or not at all. The SQLite adapter runs without
 * transactions unless configured (the portal leaves it so: one writer, every save its own commit);
 * an import of many documents needs all-or-nothing, so it opens one itself with the adapter's own
 * drizzle transaction. MongoDB's adapter (on a replica set) has them on by default.
 */
export async function runAtomically(req: PayloadRequest, work: () => Promise<void>): Promise<void> {
  const db = req.payload.db as unknown as {
    name: string
    transactionOptions?: unknown
    beginTransaction: (options?: unknown) => Promise<null | number | string>
  }
  const begin =
    db.name === 'sqlite' && !db.transactionOptions
      ? (beginTransaction as unknown as typeof db.beginTransaction).bind(db)
      : db.beginTransaction.bind(db)
  req.transactionID = (await begin({})) ?? undefined
  try {
    await work()
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
