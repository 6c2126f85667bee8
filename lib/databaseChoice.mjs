// Which database `DATABASE_URI` selects. Plain ESM so that `npm start`'s server, which Node runs
// untranspiled, checks the URI with the same rule as the app before it listens (lib/envSchema.mjs).
import path from 'node:path'

export const DEFAULT_SQLITE_FILE = './data/heroes.db'

/**
 * @typedef {{ kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }} DatabaseChoice
 */

/**
 * Decides which database the portal runs on, from `DATABASE_URI` alone. The rest of the app never
 * asks which one is in use. Errors name the variable and at most the scheme, never credentials.
 * @param {string | undefined} uri
 * @returns {DatabaseChoice}
 */
export function chooseDatabase(uri) {
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

/**
 * @param {string} filePath
 * @returns {DatabaseChoice}
 */
function sqliteAt(filePath) {
  if (!filePath)
    throw new Error('DATABASE_URI: a file: URI needs a path, e.g. file:./data/heroes.db')
  const file = path.resolve(filePath)
  return { kind: 'sqlite', url: `file:${file}`, file }
}
