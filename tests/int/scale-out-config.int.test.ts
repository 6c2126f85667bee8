import type { SanitizedConfig } from 'payload'

/**
 * The real payload.config.ts, loaded with every scale-out setting given: MongoDB, S3 media and a
 * Redis page cache. Loading a config connects to nothing, so no server is needed to see what
 * was chosen. (The embedded defaults are what every other integration suite runs on.)
 */
const scaleOut = {
  DATABASE_URI: 'mongodb://mongo-a:27017,mongo-b:27017/heroes?replicaSet=rs0',
  PAYLOAD_SECRET: 'integration-test-secret-integration-test',
  S3_BUCKET: 'heroes-media',
  S3_REGION: 'eu-central-1',
  S3_ENDPOINT: 'https://s3.example.eu',
  S3_ACCESS_KEY_ID: 'test-access-key',
  S3_SECRET_ACCESS_KEY: 'test-secret-key',
  REDIS_URL: 'redis://cache:6379',
  SEED_ON_START: 'false',
}

let config: SanitizedConfig

beforeAll(async () => {
  Object.assign(process.env, scaleOut)
  config = await (await import('@payload-config')).default
})

afterAll(() => {
  for (const key of Object.keys(scaleOut)) delete process.env[key]
})

describe('payload.config.ts with the scale-out settings', () => {
  it('runs on MongoDB', () => {
    expect(config.db.name).toBe('mongoose')
  })

  it('keeps media and CSV exports/imports on S3, not on the local disk', () => {
    const uploads = config.collections.filter((c) => c.upload)
    expect(uploads.map((c) => c.slug).sort()).toEqual(['exports', 'imports', 'media'])
    for (const collection of uploads) {
      expect(collection.upload).toMatchObject({ disableLocalStorage: true })
      // The cloud-storage plugin hands files to its adapter from these hooks.
      expect(collection.hooks.afterChange.length).toBeGreaterThan(1)
      expect(collection.hooks.afterDelete.length).toBeGreaterThan(0)
    }
  })

  it('shares the page cache through Redis', async () => {
    const { redisOptions } = await import('@/lib/deploy/cacheHandler.mjs')
    const { cacheBackend } = await import('@/lib/deploy/cacheBackend.mjs')
    expect(cacheBackend(process.env)).toBe('redis')
    expect(redisOptions(process.env)).toMatchObject({
      redisUrl: 'redis://cache:6379',
      keyPrefix: 'heroes:',
      inMemoryCachingTime: 0,
    })
  })
})
