// `npm run data:export -- <dir>` / `npm run data:import -- <dir>`: copies the portal's whole
// content (collections, users with password hashes, versions, globals, uploaded files) out of
// the database DATABASE_URI names, or into an empty one, of either kind. The migration path from
// the embedded SQLite file to MongoDB: export with DATABASE_URI=file:…, import with
// DATABASE_URI=mongodb://…. See lib/transfer and docs/deploy.md.
import path from 'node:path'

// Nothing may be seeded into the target before the import, and nothing revalidated.
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'

const [command, dir] = process.argv.slice(2)
if (!['export', 'import'].includes(command) || !dir) {
  console.error('usage: data-transfer.ts export|import <dir>')
  process.exit(2)
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { exportData, importData } = await import('../lib/transfer')

const payload = await getPayload({ config })
const target = path.resolve(dir)
try {
  const manifest =
    command === 'export' ? await exportData(payload, target) : await importData(payload, target)
  const total = (key: 'documents' | 'versions' | 'files') =>
    Object.values(manifest.collections).reduce((sum, c) => sum + c[key], 0)
  console.log(
    `${command === 'export' ? 'Exported to' : 'Imported from'} ${target}: ` +
      `${Object.keys(manifest.collections).length} collections, ${total('documents')} documents, ` +
      `${total('versions')} versions, ${Object.keys(manifest.globals).length} globals, ` +
      `${total('files')} files.`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
