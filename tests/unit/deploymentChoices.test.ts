/**
 * @jest-environment node
 */
import type { Config } from 'payload'

import { databaseAdapter } from '@/lib/databaseAdapter'
import { chooseDatabase } from '@/lib/db'
import { cacheBackend } from '@/lib/deploy/cacheBackend.mjs'
import { mediaStorage } from '@/lib/deploy/mediaStorage'
import { deploymentOptions } from '@/lib/deploy/nextOptions'
import { parseEnv } from '@/lib/env'

import { configForEnvironment } from '../../scripts/serve/nextConfig.mjs'

const media = { slug: 'media', fields: [], upload: { staticDir: 'data/media' } }
const withStorage = (source: Record<string, string>) =>
  mediaStorage(parseEnv(source).s3)({ collections: [media] } as unknown as Config) as Config

describe('what runs where, from the environment alone (nothing connects)', () => {
  it('without settings: SQLite, media on disk, Next’s file cache, ordinary build', () => {
    const env = parseEnv({})
    expect(databaseAdapter(chooseDatabase(env.databaseUri)).name).toBe('sqlite')
    expect(env.s3).toBeNull()
    expect(withStorage({}).collections?.[0].upload).toEqual({ staticDir: 'data/media' })
    expect(cacheBackend({})).toBe('filesystem')
    expect(deploymentOptions({}).output).toBeUndefined()
  })

  it('with the scale-out settings: MongoDB, media on S3, Redis cache', () => {
    const source = {
      DATABASE_URI: 'mongodb://db:27017/heroes?replicaSet=rs0',
      S3_BUCKET: 'media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      REDIS_URL: 'redis://cache:6379',
    }
    const env = parseEnv(source)
    expect(databaseAdapter(chooseDatabase(env.databaseUri)).name).toBe('mongoose')
    expect(env.s3).toEqual({
      bucket: 'media',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
    })
    expect(withStorage(source).collections?.[0].upload).toMatchObject({
      disableLocalStorage: true,
    })
    expect(cacheBackend(source)).toBe('redis')
  })

  it('builds the standalone server only when NEXT_OUTPUT=standalone', () => {
    expect(deploymentOptions({ NEXT_OUTPUT: 'standalone' }).output).toBe('standalone')
    expect(deploymentOptions({}).cacheHandler).toMatch(/lib\/deploy\/cacheHandler\.mjs$/)
  })

  it('names the cache handler to the running server only when it is Redis', () => {
    // Without Redis the handler would be Next's own file cache, which Next uses when none is named.
    const built = { cacheHandler: '/app/lib/deploy/cacheHandler.mjs', compress: false }
    expect(configForEnvironment(built, {})).toEqual({ compress: false })
    expect(configForEnvironment(built, { REDIS_URL: 'redis://cache:6379' })).toEqual(built)
  })

  it('refuses half an S3 key pair or a Redis URL of another scheme, naming the variable', () => {
    expect(() => parseEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /S3_SECRET_ACCESS_KEY/,
    )
    expect(() => parseEnv({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/)
    expect(parseEnv({ S3_BUCKET: 'b' }).s3?.credentials).toBeUndefined()
  })
})
