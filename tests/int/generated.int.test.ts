import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { format } from 'prettier'

import { startPayload } from '../helpers/payload'

/**
 * Generated files must match the config: payload-types.ts, the admin import map and the
 * committed migrations. Each is regenerated into a temporary place and compared, so a stale one
 * fails here with the command that fixes it.
 */
let payload: Payload
let stop: () => Promise<void>
let config: SanitizedConfig
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-generated-'))
const root = process.cwd()
const formatted = async (file: string) =>
  format(fs.readFileSync(file, 'utf8'), {
    ...JSON.parse(fs.readFileSync(path.join(root, '.prettierrc.json'), 'utf8')),
    filepath: file,
  })

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('generated'))
  config = payload.config
}, 120_000)
afterAll(async () => {
  await stop?.()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('generated files are up to date (else run the named command and commit)', () => {
  it('payload-types.ts (npm run generate:types)', async () => {
    const outputFile = path.join(tmp, 'payload-types.ts')
    await generateTypes(
      { ...config, typescript: { ...config.typescript, outputFile } },
      { log: false },
    )
    expect(await formatted(outputFile)).toBe(await formatted(path.join(root, 'payload-types.ts')))
  })

  it('the admin import map (npm run generate:importmap)', async () => {
    // Beside the committed map: imports of the project's own components are relative paths.
    const importMapFile = path.join(root, 'app/(payload)/admin/importMap.check.js')
    try {
      await generateImportMap(
        {
          ...config,
          admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile } },
        },
        { force: true, log: false },
      )
      const committed = path.join(root, 'app/(payload)/admin/importMap.js')
      expect(await formatted(importMapFile)).toBe(await formatted(committed))
    } finally {
      fs.rmSync(importMapFile, { force: true })
    }
  })

  it('the migrations (npm run migrate:create -- <name>)', async () => {
    if (payload.db.name !== 'sqlite')
      return console.info('migrations are SQLite-only; skipped on MongoDB')
    const db = payload.db as unknown as {
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
      schema: unknown
    }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const dir = path.join(root, 'migrations')
    const latest = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .at(-1)!
    const snapshot = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
    expect(await generateMigration(snapshot, await generateDrizzleJson(db.schema))).toEqual([])
  })
})
