import { z } from 'zod'

import { checkEnv, DEV_SECRET, EXAMPLE_SECRET } from './envSchema.mjs'

export { EXAMPLE_SECRET }

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
  /** pino's level for the server's and Payload's JSON logs (lib/logger.mjs); unset: info. */
  logLevel: string | undefined
  /** Bearer token of `/api/metrics`; unset: the endpoint is off (scripts/serve/metrics.mjs). */
  metricsToken: string | undefined
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
  const env = checkEnv(source)
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
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN,
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
