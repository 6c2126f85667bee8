// `node scripts/ts.mjs <file> [args…]`: runs a TypeScript script (seed, Payload's CLI, fixtures)
// under tsx, with the export condition set.
//
// Why the condition: Lexical's Node entry points (`*.node.mjs`, chosen by the `node` condition)
// pick their build with a top-level `await import()`, and on Node 20 that leaves the module graph
// unsettled now and then: the process exits with status 13, or hangs, having printed nothing
// (seen in about half the runs without a terminal, as in CI). `development`/`production` come
// first in those export maps and select builds without top-level await.
import { spawnSync } from 'node:child_process'

const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/ts.mjs <file> [args…]')
  process.exit(2)
}
const condition = process.env.NODE_ENV === 'production' ? 'production' : 'development'
const { status, signal } = spawnSync(
  process.execPath,
  [`--conditions=${condition}`, '--import', 'tsx/esm', file, ...args],
  { stdio: 'inherit' },
)
process.exit(status ?? (signal ? 1 : 0))
