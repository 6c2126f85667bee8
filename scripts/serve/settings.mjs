// The production server's own settings (.env.example: PORT, HOSTNAME, SHUTDOWN_*,
// HEAP_GROWING_PERCENT, WARMUP_SECONDS, TRUSTED_PROXY_HOPS, PAGE_COPY_MS), validated once at start like the app's (lib/env.ts): a
// typo stops the server with the reason instead of becoming NaN in a timer.
import { z } from 'zod'

// Unset and empty (compose passes `${NAME:-}`) both mean the default.
const number = (min, max, fallback) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().int().min(min).max(max).default(fallback),
  )

const schema = z.object({
  PORT: number(0, 65535, 3000),
  HOSTNAME: z.string().trim().min(1).default('0.0.0.0'),
  SHUTDOWN_DELAY_SECONDS: number(0, 300, 3),
  SHUTDOWN_GRACE_SECONDS: number(0, 3600, 25),
  // 0 leaves V8's own heuristics (./heap.mjs).
  HEAP_GROWING_PERCENT: number(0, 300, 50),
  // 0 listens at once, cold (./warm.mjs).
  WARMUP_SECONDS: number(0, 60, 3),
  // Reverse proxies in front that append to X-Forwarded-For (../../lib/clientAddress.mjs).
  TRUSTED_PROXY_HOPS: number(0, 10, 0),
  // How long a cached page's answer is reused before Next is asked again; 0 is off (./pageCopy.mjs).
  PAGE_COPY_MS: number(0, 60_000, 1000),
})

/** @param {Record<string, string | undefined>} [env] */
export function serverSettings(env = process.env) {
  const parsed = schema.safeParse(env)
  if (!parsed.success)
    throw new Error(
      `Invalid server settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  const s = parsed.data
  return {
    port: s.PORT,
    hostname: s.HOSTNAME,
    delayMs: s.SHUTDOWN_DELAY_SECONDS * 1000,
    graceMs: s.SHUTDOWN_GRACE_SECONDS * 1000,
    heapGrowingPercent: s.HEAP_GROWING_PERCENT,
    warmupSeconds: s.WARMUP_SECONDS,
    trustedProxyHops: s.TRUSTED_PROXY_HOPS,
    pageCopyMs: s.PAGE_COPY_MS,
  }
}
