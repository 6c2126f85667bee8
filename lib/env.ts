import { z } from 'zod'

import { chooseDatabase } from './db'

/** The value `.env.example` ships with: a deployment that kept it has no real secret. */
export const EXAMPLE_SECRET = 'change-me-to-a-long-random-string-of-32-chars-or-more'
const DEV_SECRET = 'heroes-development-secret-not-for-production-use'

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional()

const schema = z
  .object({
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
  })
  .superRefine((env, ctx) => {
    try {
      chooseDatabase(env.DATABASE_URI)
    } catch {
      // chooseDatabase's own message names at most the scheme; this one names none of the value.
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URI'],
        message: 'must be file:<path> (SQLite) or a mongodb:// or mongodb+srv:// URI',
      })
    }
    if (env.S3_BUCKET && !env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_SECRET_ACCESS_KEY'],
        message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither, for a role)',
      })
    }
    if (env.NODE_ENV !== 'production') return
    const secret = env.PAYLOAD_SECRET
    if (!secret || secret.length < 32 || secret === EXAMPLE_SECRET || secret === DEV_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'must be set to a random string of at least 32 characters in production',
      })
    }
    if (!env.NEXT_PUBLIC_SERVER_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEXT_PUBLIC_SERVER_URL'],
        message: 'must be set to the public URL of the portal in production',
      })
    }
  })

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  databaseUri: string | undefined
  payloadSecret: string
  serverUrl: string
  seedOnStart: boolean
  submissionRetentionDays: number
  /** Saved CSV exports of submissions are deleted this many hours after they were made. */
  exportRetentionHours: number
  smtp: { host: string; port: number; user?: string; pass?: string; from: string } | null
  contactNotifyTo: string | undefined
  /** CONTACT_NOTIFY_TO_<TOPIC> (e.g. CONTACT_NOTIFY_TO_PRESS) overrides the address per topic. */
  contactNotifyByTopic: Record<string, string>
  jobsAutoRun: boolean
  /** Bearer token an outside scheduler sends to /api/payload-jobs/run (one runner, many apps). */
  cronSecret: string | undefined
  /** Shared Next.js cache for several instances (lib/deploy/cacheHandler.mjs reads it too). */
  redisUrl: string | undefined
  /** Media on S3-compatible storage when S3_BUCKET is set; otherwise on local disk. */
  s3: S3Settings | null
}

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
}

/**
 * Reads the environment once. Messages name the variable and the rule, never the value, so a
 * failed start cannot leak a secret into logs.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (`SMTP_HOST=` as .env.example leaves it) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = schema.safeParse(present)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`)
  }
  const env = result.data
  return {
    nodeEnv: env.NODE_ENV,
    databaseUri: env.DATABASE_URI || undefined,
    payloadSecret: env.PAYLOAD_SECRET || DEV_SECRET,
    serverUrl: (env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
    seedOnStart: env.SEED_ON_START ?? env.NODE_ENV !== 'test',
    submissionRetentionDays: env.SUBMISSION_RETENTION_DAYS,
    exportRetentionHours: env.EXPORT_RETENTION_HOURS,
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          user: env.SMTP_USER,
          pass: env.SMTP_PASS,
          from: env.SMTP_FROM ?? 'no-reply@heroes-alliance.eu',
        }
      : null,
    contactNotifyTo: env.CONTACT_NOTIFY_TO,
    contactNotifyByTopic: topicAddresses(source),
    jobsAutoRun: env.JOBS_AUTORUN ?? env.NODE_ENV !== 'test',
    cronSecret: env.CRON_SECRET,
    redisUrl: env.REDIS_URL,
    s3: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          credentials:
            env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
              ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
              : undefined,
          // MinIO and most self-hosted S3 need path-style URLs; AWS wants virtual hosts.
          forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
        }
      : null,
  }
}

function topicAddresses(source: Record<string, string | undefined>): Record<string, string> {
  const prefix = 'CONTACT_NOTIFY_TO_'
  return Object.fromEntries(
    Object.entries(source)
      .filter(
        ([key, value]) => key.startsWith(prefix) && value && z.email().safeParse(value).success,
      )
      .map(([key, value]) => [key.slice(prefix.length).toLowerCase(), value as string]),
  )
}

let cached: Env | undefined

export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
