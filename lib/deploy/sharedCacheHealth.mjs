// Redis away must not take the site with it: while the shared cache cannot be reached, each
// instance answers as if the cache were empty (a page is rendered, not shared) and says so once
// in the log ("degraded"), and once more when Redis is back. The Redis handler already answers a
// read with a miss once it knows the connection is down; this catches the errors it throws on
// the way (a write, a tag's expiry, a read while it reconnects) so none becomes a 500.
import { logger } from '../logger.mjs'
import { metrics } from '../metrics.mjs'

/**
 * Wraps the shared handler's operations.
 * @param {{ isClientUnavailable?: () => boolean }} handler
 */
export function createSharedCacheGuard(handler) {
  let degraded = false
  const update = (down, error) => {
    if (down === degraded) return
    degraded = down
    metrics().sharedCacheUp.set(down ? 0 : 1)
    if (down)
      logger().warn(
        { err: error, cache: 'redis', state: 'degraded' },
        'Shared cache (Redis) unavailable: serving degraded, every page rendered on this instance',
      )
    else logger().info({ cache: 'redis', state: 'ok' }, 'Shared cache (Redis) available again')
  }
  const unavailable = () => Boolean(handler.isClientUnavailable?.())

  /**
   * @template T
   * @param {() => Promise<T>} operation
   * @param {T} fallback what the operation answers while Redis is away
   */
  return async function guard(operation, fallback) {
    try {
      const result = await operation()
      update(unavailable())
      return result
    } catch (error) {
      update(true, error)
      return fallback
    }
  }
}
