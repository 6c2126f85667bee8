// Completes `.next/standalone` after `NEXT_OUTPUT=standalone next build`, as Next leaves it: the
// server needs the static assets (and public/, if any) beside it, and the image runs `npm
// start`'s server (scripts/server.mjs), bundled with what it imports into one `server.mjs`
// (Next's file tracing only follows Next's own server, not ours).
// Used by the Dockerfile and scripts/e2e.mjs, so both serve the same tree.
//
// --drop-prerendered: removes the pages `next build` prerendered. The image is built against a
// throwaway seeded database; without this, a fresh container would serve that build-time
// content until each page's first revalidation. Without the files, Next renders each page from
// the live database on its first request and caches it from then on (as with an empty Redis).
import fs from 'node:fs'
import path from 'node:path'

import { build } from 'esbuild'

const target = '.next/standalone'
if (!fs.existsSync(`${target}/server.js`)) {
  console.error(`${target}/server.js is missing: build with NEXT_OUTPUT=standalone first`)
  process.exit(1)
}
fs.cpSync('.next/static', `${target}/.next/static`, { recursive: true })
if (fs.existsSync('public')) fs.cpSync('public', `${target}/public`, { recursive: true })
// The server's own 503 page reads its texts from here (scripts/serve/unavailable.mjs).
fs.cpSync('messages', `${target}/messages`, { recursive: true })

await build({
  entryPoints: ['scripts/server.mjs'],
  outfile: `${target}/server.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Next stays the traced copy beside it, and so does its @next/env (compiled for CommonJS, it
  // reads `__dirname`); compression (CommonJS) needs `require` in ESM.
  external: ['next', '@next/env'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
})

if (process.argv.includes('--drop-prerendered')) {
  const manifest = JSON.parse(fs.readFileSync(`${target}/.next/prerender-manifest.json`, 'utf8'))
  const appDir = `${target}/.next/server/app`
  let dropped = 0
  for (const route of Object.keys(manifest.routes)) {
    const base = route === '/' ? '/index' : route
    const dir = path.join(appDir, path.dirname(base))
    const prefix = `${path.basename(base)}.`
    if (!fs.existsSync(dir)) continue
    // en.html, en.rsc, en.meta, en.segments/, sitemap.xml.body…: the cache entry of one route.
    for (const entry of fs.readdirSync(dir)) {
      if (!entry.startsWith(prefix) || entry.endsWith('.js') || entry.endsWith('.js.map')) continue
      fs.rmSync(path.join(dir, entry), { recursive: true, force: true })
      dropped++
    }
  }
  console.log(
    `standalone: dropped ${dropped} prerendered files of ${Object.keys(manifest.routes).length} routes`,
  )
}
