import fs from 'node:fs'
import path from 'node:path'

export type DatabaseChoice =
  { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = './data/heroes.db'

/**
 * Decides which database the portal runs on, from `DATABASE_URI` alone. The rest of the app never
 * asks which one is in use. Errors name the variable and at most the scheme, never credentials.
 */
export function chooseDatabase(uri: string | undefined): DatabaseChoice {
  const value = uri?.trim()
  if (!value) return sqliteAt(DEFAULT_SQLITE_FILE)
  if (value.startsWith('file:')) return sqliteAt(value.slice('file:'.length))
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0] ?? '(none)'
  throw new Error(
    `DATABASE_URI has an unsupported scheme ${JSON.stringify(scheme)}: use file:<path> for the ` +
      'embedded SQLite database, or mongodb:// / mongodb+srv:// for MongoDB.',
  )
}

function sqliteAt(filePath: string): DatabaseChoice {
  if (!filePath)
    throw new Error('DATABASE_URI: a file: URI needs a path, e.g. file:./data/heroes.db')
  const file = path.resolve(filePath)
  return { kind: 'sqlite', url: `file:${file}`, file }
}

/** SQLite creates the file but not its folder. */
export function ensureSqliteFolder(choice: DatabaseChoice): void {
  if (choice.kind === 'sqlite') fs.mkdirSync(path.dirname(choice.file), { recursive: true })
}
