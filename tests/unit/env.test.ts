import { EXAMPLE_SECRET, parseEnv } from '@/lib/env'

const strong = 'a-very-long-random-production-secret-0123456789'

describe('environment validation', () => {
  it('runs in development with no variables at all', () => {
    const env = parseEnv({})
    expect(env.nodeEnv).toBe('development')
    expect(env.databaseUri).toBeUndefined()
    expect(env.payloadSecret.length).toBeGreaterThanOrEqual(32)
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.seedOnStart).toBe(true)
  })

  it.each([
    ['missing', undefined],
    ['short', 'too-short'],
    ['the example value', EXAMPLE_SECRET],
  ])('refuses a %s PAYLOAD_SECRET in production, naming it without printing it', (_, secret) => {
    const run = () =>
      parseEnv({
        NODE_ENV: 'production',
        PAYLOAD_SECRET: secret,
        NEXT_PUBLIC_SERVER_URL: 'https://heroes.example.eu',
      })
    expect(run).toThrow(/PAYLOAD_SECRET/)
    if (secret) expect(run).not.toThrow(new RegExp(secret))
  })

  it('requires the public server URL in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toThrow(
      /NEXT_PUBLIC_SERVER_URL/,
    )
  })

  it('accepts a complete production configuration', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: strong,
      NEXT_PUBLIC_SERVER_URL: 'https://heroes.example.eu/',
      SEED_ON_START: 'false',
    })
    expect(env.serverUrl).toBe('https://heroes.example.eu')
    expect(env.seedOnStart).toBe(false)
  })

  it('rejects a malformed flag', () => {
    expect(() => parseEnv({ SEED_ON_START: 'maybe' })).toThrow(/SEED_ON_START/)
  })
})
