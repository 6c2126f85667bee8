// Next's cache handler (next.config.ts → cacheHandler). With REDIS_URL set, every app instance
// shares one cache in Redis, so `revalidateTag` on one instance (an editor publishing) expires
// the page for all of them. Without it, Next's own file-system cache, exactly as by default (and
// then the production server does not name this handler to Next at all: scripts/serve/nextConfig.mjs).
// Plain ESM, not TypeScript: Next loads this file by path at run time, untranspiled.
import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache'
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { cacheBackend } from './cacheBackend.mjs'
import { createSharedCacheGuard } from './sharedCacheHealth.mjs'

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

/**
 * Options for the Redis handler; keys are namespaced so staging and production may share.
 * @param {Record<string, string | undefined>} env
 */
export function redisOptions(env = process.env) {
  return {
    redisUrl: env.REDIS_URL,
    database: 0,
    keyPrefix: `${env.REDIS_KEY_PREFIX || 'heroes'}:`,
    // Each get asks Redis: an instance never serves from memory what another has expired.
    inMemoryCachingTime: 0,
    redisGetDeduplication: true,
  }
}

// One Redis connection per process: Next constructs a handler per request.
let shared
let guard

export default class CacheHandler {
  constructor(context) {
    if (cacheBackend() === 'redis') {
      shared ??= new RedisStringsHandler(redisOptions())
      guard ??= createSharedCacheGuard(shared)
      this.handler = shared
      this.guard = guard
    } else {
      this.handler = new FileSystemCache(context)
    }
  }

  // With Redis away, a read is a miss and a write or an expiry is skipped
  // (./sharedCacheHealth.mjs): nothing is shared then, so nothing can be stale either.
  get(...args) {
    if (!this.guard) return this.handler.get(...args)
    return this.guard(() => this.handler.get(...args), null)
  }

  set(...args) {
    if (!this.guard) return this.handler.set(...args)
    return this.guard(() => this.handler.set(...args), undefined)
  }

  revalidateTag(...args) {
    if (!this.guard) return this.handler.revalidateTag(...args)
    return this.guard(() => this.handler.revalidateTag(...args), undefined)
  }

  resetRequestCache(...args) {
    return this.handler.resetRequestCache?.(...args)
  }
}
