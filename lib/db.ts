import fs from 'node:fs'
import path from 'node:path'

import { chooseDatabase, type DatabaseChoice, DEFAULT_SQLITE_FILE } from './databaseChoice.mjs'

export { chooseDatabase, DEFAULT_SQLITE_FILE }
export type { DatabaseChoice }

/** SQLite creates the file but not its folder. */
export function ensureSqliteFolder(choice: DatabaseChoice): void {
  if (choice.kind === 'sqlite') fs.mkdirSync(path.dirname(choice.file), { recursive: true })
}
