// The config Next runs with: the build's own, serialized in .next/required-server-files.json,
// handed over the way Next's standalone server.js does it, minus a cache handler that would only
// wrap Next's own. next.config.ts names lib/deploy/cacheHandler.mjs so one build serves a single
// instance and a fleet sharing Redis, and that handler picks Redis or Next's file-system cache
// from REDIS_URL. But Next `import()`s a named handler's module on every request, twice, and an
// import of a module already loaded still resolves its path to a file URL each time: 3 % of
// the event loop's time on a cached page (docs/performance.md). Without REDIS_URL the handler is
// Next's FileSystemCache, which is what Next uses when none is named, so it is named only then.
import fs from 'node:fs'
import path from 'node:path'

import nextEnv from '@next/env'

import { cacheBackend } from '../../lib/deploy/cacheBackend.mjs'

export const SERVER_FILES = '.next/required-server-files.json'

/**
 * The build's config for this environment.
 * @param {Record<string, unknown>} config the build's serialized config
 * @param {Record<string, string | undefined>} env
 */
export function configForEnvironment(config, env) {
  if (cacheBackend(env) === 'redis') return config
  const rest = { ...config }
  delete rest.cacheHandler
  return rest
}

/**
 * Hands Next the build's config (Next then loads no next.config), after the `.env` files Next
 * would load, so a REDIS_URL set there still counts. Returns false when there is no build.
 * @param {string} dir the app's directory
 */
export function adoptBuildConfig(dir) {
  const file = path.join(dir, SERVER_FILES)
  if (!fs.existsSync(file)) return false
  nextEnv.loadEnvConfig(dir, false, { info: () => {}, error: console.error })
  const { config } = JSON.parse(fs.readFileSync(file, 'utf8'))
  process.env.NODE_ENV = 'production'
  // Next's private switch, set by its own standalone server.js: use this config, load none.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(
    configForEnvironment(config, process.env),
  )
  return true
}
