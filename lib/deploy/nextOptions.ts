import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { NextConfig } from 'next'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * What only a deployment changes in next.config.ts, decided at build time from the environment.
 *
 * - `NEXT_OUTPUT=standalone` (the Docker image and the browser tests) traces a self-contained
 *   server into `.next/standalone`; without it `next build` / `next start` work as usual.
 * - The cache handler is always ours: it picks Redis or Next's own file cache when the server
 *   starts, from `REDIS_URL`, so one image serves a single instance and a scaled-out fleet.
 */
export function deploymentOptions(env: Record<string, string | undefined>): NextConfig {
  return {
    cacheHandler: path.join(root, 'lib/deploy/cacheHandler.mjs'),
    ...(env.NEXT_OUTPUT === 'standalone'
      ? {
          output: 'standalone' as const,
          // Loaded by name at run time, so the tracer cannot see them: libsql's platform binary.
          outputFileTracingIncludes: { '/**': ['node_modules/@libsql/linux-*/**'] },
        }
      : {}),
  }
}
