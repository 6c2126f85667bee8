// GET /api/metrics: the process's metrics in Prometheus' text format (lib/metrics.mjs), for a
// scraper holding METRICS_TOKEN (`Authorization: Bearer …`). Without the setting it is off
// (404); without the right token, 401. Answered here, before Next: each instance reports its
// own counters, so a scraper asks every instance directly, not through the load balancer.
import { createHash, timingSafeEqual } from 'node:crypto'

import { metrics } from '../../lib/metrics.mjs'

const PATH = '/api/metrics'
const digest = (text) => createHash('sha256').update(text).digest()

/**
 * Returns `answerMetrics(req, res)`: true when it answered.
 * @param {{ token: string | undefined }} options
 */
export function createMetricsEndpoint({ token }) {
  const expected = token ? digest(`Bearer ${token}`) : null
  return function answerMetrics(req, res) {
    const url = req.url ?? '/'
    if (url !== PATH && !url.startsWith(`${PATH}?`)) return false
    const send = (status, body, headers = {}) => {
      res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        ...headers,
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    }
    if (!expected) return (send(404, 'Not Found\n'), true)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return (send(405, 'Method Not Allowed\n', { allow: 'GET, HEAD' }), true)
    const given = req.headers.authorization
    if (!given || !timingSafeEqual(digest(given), expected))
      return (send(401, 'Unauthorized\n', { 'www-authenticate': 'Bearer realm="metrics"' }), true)
    const { registry, collect } = metrics()
    collect()
      .then(() => registry.metrics())
      .then(
        (text) => send(200, text, { 'content-type': registry.contentType }),
        () => send(500, 'metrics unavailable\n'),
      )
    return true
  }
}
