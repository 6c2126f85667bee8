// Which cache Next's pages live in, from the environment: its own file system, or Redis shared by
// every instance. Read by the cache handler (./cacheHandler.mjs) and by the production server,
// which names the handler to Next only when it is Redis (scripts/serve/nextConfig.mjs).

/**
 * 'redis' when REDIS_URL is set, else 'filesystem'.
 * @param {Record<string, string | undefined>} env
 * @returns {'redis' | 'filesystem'}
 */
export function cacheBackend(env = process.env) {
  return env.REDIS_URL ? 'redis' : 'filesystem'
}
