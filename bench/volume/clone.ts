import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type Run = (statement: string) => Promise<{ rows: Record<string, unknown>[] }>

/**
 * Copies every row that makes up press release `template` (its row, translations, latest version
 * with its translations, search record) `copies` times. Copy i gets the next free ids, " i" after
 * its titles, "-i" after its slugs, and a date i steps of `spanMs / copies` before `newest`.
 * Columns are read from the tables, so fields added later are copied too.
 */
export async function cloneRelease(
  payload: Payload,
  template: number,
  copies: number,
  spanMs: number,
  newest = new Date().toISOString(),
) {
  if (copies < 1) return
  const db = (
    payload.db as unknown as {
      drizzle: { run: (q: unknown) => Promise<unknown>; all: (q: unknown) => Promise<unknown[]> }
    }
  ).drizzle
  const run: Run = async (statement) => ({
    rows: (await db.all(sql.raw(statement))) as Record<string, unknown>[],
  })
  const one = async (statement: string) =>
    Number(Object.values((await run(statement)).rows[0] ?? {})[0] ?? 0)
  const columns = async (table: string) =>
    (await run(`PRAGMA table_info(\`${table}\`)`)).rows.map((r) => String(r.name))

  const stepSeconds = Math.max(1, Math.floor(spanMs / 1000 / copies))
  const date = `strftime('%Y-%m-%dT%H:%M:%fZ', '${new Date(newest).toISOString()}', '-' || (n.i * ${stepSeconds}) || ' seconds')`
  const numbers = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${copies})`

  async function copy(table: string, where: string, overrides: Record<string, string>) {
    const cols = await columns(table)
    const values = cols.map((c) => (c in overrides ? overrides[c] : `t.\`${c}\``))
    await db.run(
      sql.raw(
        `INSERT INTO \`${table}\` (${cols.map((c) => `\`${c}\``).join(', ')}) ${numbers} ` +
          `SELECT ${values.join(', ')} FROM \`${table}\` AS t, n WHERE ${where}`,
      ),
    )
  }

  const base = await one('SELECT max(id) FROM press_releases')
  const version = await one(
    `SELECT id FROM _press_releases_v WHERE parent_id = ${template} AND latest = 1`,
  )
  const versionBase = await one('SELECT max(id) FROM _press_releases_v')
  const search = await one(
    `SELECT parent_id FROM search_rels WHERE press_releases_id = ${template}`,
  )
  const searchBase = await one('SELECT max(id) FROM search')
  const dated = { published_at: date, created_at: date, updated_at: date }

  await db.run(sql.raw('BEGIN'))
  try {
    await copy('press_releases', `t.id = ${template}`, { id: `${base} + n.i`, ...dated })
    await copy('press_releases_locales', `t._parent_id = ${template}`, {
      id: 'NULL',
      _parent_id: `${base} + n.i`,
      title: `t.title || ' ' || n.i`,
      slug: `t.slug || '-' || n.i`,
    })
    await copy('_press_releases_v', `t.id = ${version}`, {
      id: `${versionBase} + n.i`,
      parent_id: `${base} + n.i`,
      version_published_at: date,
      version_created_at: date,
      version_updated_at: date,
      created_at: date,
      updated_at: date,
    })
    await copy('_press_releases_v_locales', `t._parent_id = ${version}`, {
      id: 'NULL',
      _parent_id: `${versionBase} + n.i`,
      version_title: `t.version_title || ' ' || n.i`,
      version_slug: `t.version_slug || '-' || n.i`,
    })
    await copy('search', `t.id = ${search}`, { id: `${searchBase} + n.i`, ...dated })
    await copy('search_locales', `t._parent_id = ${search}`, {
      id: 'NULL',
      _parent_id: `${searchBase} + n.i`,
      title: `t.title || ' ' || n.i`,
      slug: `t.slug || '-' || n.i`,
      folded: `t.folded || ' ' || n.i`,
    })
    await copy('search_rels', `t.parent_id = ${search}`, {
      id: 'NULL',
      parent_id: `${searchBase} + n.i`,
      press_releases_id: `${base} + n.i`,
    })
    await db.run(sql.raw('COMMIT'))
  } catch (error) {
    await db.run(sql.raw('ROLLBACK'))
    throw error
  }
}
