import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite/types'

/**
 * Payload's SQL adapters keep each localized field in a `<table>_locales` table whose only index
 * is the unique (`_locale`, `_parent_id`) pair: every read of a document's translations (by
 * `_parent_id` alone, for each row of a list, a search or a version lookup) then scans the whole
 * table. A field's `index` cannot reach that column (it indexes the field's own column), and a
 * collection's compound `indexes` may not mix `_parent_id` in, so the supported way is the
 * adapter's `afterSchemaInit` hook: the index is part of the schema `migrate:create` diffs, and
 * the migration adding it is generated like every other. MongoDB keeps a document's locales in
 * the document itself and needs nothing here. (@payloadcms/drizzle `schema/build.js`.)
 */
export const indexLocaleParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales')) continue
    extendTable({
      table,
      extraConfig: (t) => ({ parentIdx: index(`${name}_parent_id_idx`).on(t._parentID) }),
    })
  }
  return schema
}
