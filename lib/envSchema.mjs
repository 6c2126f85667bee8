// The app's configuration rules (every variable of .env.example the running app reads), in plain
// ESM: lib/env.ts reads the environment through them, and `npm start`'s server (run by Node
// untranspiled, and bundled into the image's server.mjs) checks them before it listens, so a bad
// setting stops the process with the reason instead of a server that answers 500.
import { z } from 'zod'

import { chooseDatabase } from './databaseChoice.mjs'

/** The value `.env.example` ships with: a deployment that kept it has no real secret. */
export const EXAMPLE_SECRET = 'change-me-to-a-long-random-string-of-32-chars-or-more'
export const DEV_SECRET = 'heroes-development-secret-not-for-production-use'

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional()

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: z.string().trim().optional(),
  PAYLOAD_SECRET: z.string().optional(),
  NEXT_PUBLIC_SERVER_URL: z.url().optional(),
  SEED_ON_START: flag,
  SMTP_HOST: z.string().trim().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: z.email().optional(),
  CONTACT_NOTIFY_TO: z.email().optional(),
  JOBS_AUTORUN: flag,
  CRON_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SUBMISSION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  EXPORT_RETENTION_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  // Scale-out (docs/deploy.md): shared page cache and media storage for several instances.
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_KEY_PREFIX: z.string().trim().optional(),
  S3_BUCKET: z.string().trim().optional(),
  S3_REGION: z.string().trim().default('us-east-1'),
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: flag,
  // Operations (docs/deploy.md, "Logs and metrics").
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  METRICS_TOKEN: z
    .string()
    .min(32, 'must be at least 32 characters')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
})

/**
 * Rules across variables, applied to the raw values whether or not the single ones passed (zod
 * skips a refinement once a field failed), so one start lists every broken variable.
 * @param {Record<string, string | undefined>} env
 * @returns {{ path: string; message: string }[]}
 */
function crossFieldIssues(env) {
  const issues = []
  try {
    chooseDatabase(env.DATABASE_URI)
  } catch {
    // chooseDatabase's own message names at most the scheme; this one names none of the value.
    issues.push({
      path: 'DATABASE_URI',
      message: 'must be file:<path> (SQLite) or a mongodb:// or mongodb+srv:// URI',
    })
  }
  if (env.S3_BUCKET?.trim() && !env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    issues.push({
      path: 'S3_SECRET_ACCESS_KEY',
      message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither, for a role)',
    })
  }
  if (env.NODE_ENV !== 'production') return issues
  const secret = env.PAYLOAD_SECRET
  if (!secret || secret.length < 32 || secret === EXAMPLE_SECRET || secret === DEV_SECRET) {
    issues.push({
      path: 'PAYLOAD_SECRET',
      message: 'must be set to a random string of at least 32 characters in production',
    })
  }
  if (!env.NEXT_PUBLIC_SERVER_URL) {
    issues.push({
      path: 'NEXT_PUBLIC_SERVER_URL',
      message: 'must be set to the public URL of the portal in production',
    })
  }
  return issues
}

/**
 * The environment checked against the rules. An empty variable (`SMTP_HOST=` as .env.example
 * leaves it) means "not set". Messages name the variable and the rule, never the value, so a
 * failed start cannot leak a secret into logs.
 * @param {Record<string, string | undefined>} source
 */
export function checkEnv(source) {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = envSchema.safeParse(present)
  const issues = [
    ...(result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message })),
    ...crossFieldIssues(present),
  ]
  if (result.success && issues.length === 0) return result.data
  const lines = issues.map((i) => `  ${i.path}: ${i.message}`)
  throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`)
}
