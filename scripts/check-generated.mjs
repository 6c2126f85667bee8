// Fails when a generated file no longer matches the config: payload-types.ts, the admin import
// map, or the migrations (a schema change without its migration). Regenerates, compares, restores.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

const payload = (...args) =>
  execFileSync('node', ['--import', 'tsx/esm', 'scripts/payload.mjs', ...args], {
    // Inherited, not piped: a helper process of the CLI can keep a pipe open after it exits.
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '' },
  })
const generated = ['payload-types.ts', 'app/(payload)/admin/importMap.js']
const problems = []

const before = generated.map((file) => fs.readFileSync(file, 'utf8'))
payload('generate:types')
payload('generate:importmap')
execFileSync('npx', ['prettier', '--write', ...generated], { stdio: 'ignore' })
generated.forEach((file, i) => {
  if (fs.readFileSync(file, 'utf8') !== before[i]) {
    problems.push(`${file} is stale: run \`npm run generate\` and commit the result.`)
    fs.writeFileSync(file, before[i])
  }
})

const migrations = () => new Set(fs.readdirSync('migrations'))
const known = migrations()
const index = fs.readFileSync('migrations/index.ts', 'utf8')
payload('migrate:create', 'staleness-check', '--skip-empty')
const added = [...migrations()].filter((file) => !known.has(file))
if (added.length) {
  problems.push('The schema changed without a migration: run `npm run migrate:create -- <name>`.')
  for (const file of added) fs.rmSync(`migrations/${file}`)
  fs.writeFileSync('migrations/index.ts', index)
}

if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log('Generated files are up to date: types, import map, migrations.')
