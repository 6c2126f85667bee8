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

  /** The start-up error for `source`, which must exist. */
  const failure = (source: Record<string, string | undefined>): string => {
    try {
      parseEnv(source)
    } catch (error) {
      return (error as Error).message
    }
    throw new Error('the configuration was accepted')
  }
  const production = {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: strong,
    NEXT_PUBLIC_SERVER_URL: 'https://heroes.example.eu',
  }

  it.each([
    ['missing PAYLOAD_SECRET', { PAYLOAD_SECRET: undefined }, 'PAYLOAD_SECRET'],
    ['empty PAYLOAD_SECRET', { PAYLOAD_SECRET: '' }, 'PAYLOAD_SECRET'],
    [
      'short PAYLOAD_SECRET',
      { PAYLOAD_SECRET: 'short-but-secret-31-characters!' },
      'PAYLOAD_SECRET',
    ],
    ['example PAYLOAD_SECRET', { PAYLOAD_SECRET: EXAMPLE_SECRET }, 'PAYLOAD_SECRET'],
    [
      'development PAYLOAD_SECRET',
      { PAYLOAD_SECRET: parseEnv({}).payloadSecret },
      'PAYLOAD_SECRET',
    ],
    ['missing server URL', { NEXT_PUBLIC_SERVER_URL: undefined }, 'NEXT_PUBLIC_SERVER_URL'],
    ['malformed server URL', { NEXT_PUBLIC_SERVER_URL: 'heroes dot eu' }, 'NEXT_PUBLIC_SERVER_URL'],
    [
      'unknown database scheme',
      { DATABASE_URI: 'postgres://heroes:db-password-1234@db.example/heroes' },
      'DATABASE_URI',
    ],
    ['database URI without scheme', { DATABASE_URI: 'heroes.db' }, 'DATABASE_URI'],
    ['short CRON_SECRET', { CRON_SECRET: 'cron-secret-too-short' }, 'CRON_SECRET'],
  ])('production refuses a %s, naming %s and printing no value', (_, change, variable) => {
    const source: Record<string, string | undefined> = { ...production, ...change }
    const message = failure(source)
    expect(message).toContain(variable)
    for (const value of Object.values(change)) if (value) expect(message).not.toContain(value)
    expect(message).not.toContain(strong)
    expect(message).not.toContain('db-password-1234')
  })

  it('lists every broken variable at once', () => {
    const message = failure({ NODE_ENV: 'production', DATABASE_URI: 'redis://x' })
    for (const variable of ['PAYLOAD_SECRET', 'NEXT_PUBLIC_SERVER_URL', 'DATABASE_URI'])
      expect(message).toContain(variable)
  })

  it('refuses an unknown database scheme in development too', () => {
    expect(failure({ DATABASE_URI: 'mysql://root@localhost/heroes' })).toMatch(/DATABASE_URI/)
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
