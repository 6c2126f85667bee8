import fs from 'node:fs'
import http from 'node:http'

import { parse } from 'yaml'

import { EXAMPLE_SECRET } from '@/lib/env'

import { serverSettings } from '../../scripts/serve/settings.mjs'

/**
 * docker-compose.yml, the Dockerfile and nginx.conf cannot run here (no container engine), so
 * what they promise is checked on the files: `docker-compose config` (CI) checks the syntax.
 */
type Service = {
  image?: string
  build?: unknown
  command?: string[]
  profiles?: string[]
  environment?: Record<string, string>
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }> | string[]
  volumes?: string[]
}
const read = (file: string) => fs.readFileSync(file, 'utf8')
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}
const { services } = compose

describe('docker-compose.yml', () => {
  it('runs MongoDB and the app, and adds app2, Redis and nginx in the "scale" profile', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'app2', 'mongo', 'proxy', 'redis'])
    expect(services.mongo.profiles).toBeUndefined()
    expect(services.app.profiles).toBeUndefined()
    for (const name of ['app2', 'redis', 'proxy'])
      expect(services[name].profiles).toEqual(['scale'])
    expect(services.app.build).toBe('.')
  })

  it('starts MongoDB as a replica set, initiated on first start, before the app', () => {
    expect(services.mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    const probe = services.mongo.healthcheck?.test.join(' ') ?? ''
    expect(probe).toMatch(
      /rs\.initiate\(\{ _id: 'rs0', members: \[\{ _id: 0, host: 'mongo:27017' \}/,
    )
    expect(probe).toContain('isWritablePrimary')
    expect(services.app.environment?.DATABASE_URI).toMatch(
      /^\$\{COMPOSE_DATABASE_URI:-mongodb:\/\/mongo:27017\/heroes\?replicaSet=rs0\}$/,
    )
    expect(services.app.depends_on).toEqual({ mongo: { condition: 'service_healthy' } })
  })

  it('keeps data, media and exports in named volumes, shared by both app instances', () => {
    expect(Object.keys(compose.volumes)).toEqual(
      expect.arrayContaining(['mongo-data', 'media', 'exports', 'proxy-cache']),
    )
    expect(services.mongo.volumes).toContain('mongo-data:/data/db')
    for (const name of ['app', 'app2'])
      expect(services[name].volumes).toEqual(['media:/app/data/media', 'exports:/app/exports'])
  })

  it('runs jobs on one instance only and shares the cache through Redis', () => {
    expect(services.app.environment?.JOBS_AUTORUN).toBe('${JOBS_AUTORUN:-true}')
    expect(services.app2.environment?.JOBS_AUTORUN).toBe('false')
    expect(services.redis.command).toEqual(
      expect.arrayContaining(['--notify-keyspace-events', 'Exe', 'volatile-lru']),
    )
  })

  it('takes every setting of .env.example from the environment and inlines no secret', () => {
    const documented = [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map(
      (m) => m[1],
    )
    // Read by compose itself or by the build, not by the app.
    const composeOnly = ['DATABASE_URI', 'NEXT_OUTPUT', 'COMPOSE_DATABASE_URI', 'APP_PORT']
    const notApp = [...composeOnly, 'PROXY_PORT', 'APP_IMAGE', 'REDIS_MAXMEMORY']
    const env = services.app.environment ?? {}
    for (const name of documented.filter((n) => !notApp.includes(n))) {
      expect({ name, value: env[name] }).toEqual({
        name,
        value: expect.stringMatching(new RegExp(`^\\$\\{${name}(:[-?][^}]*)?\\}$`)),
      })
    }
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/SECRET|PASS|KEY_ID|TOKEN/.test(key))
          expect({ name, key, value }).toEqual({
            name,
            key,
            value: expect.stringMatching(new RegExp(`^\\$\\{${key}(:[-?][^}]*)?\\}$`)),
          })
      }
    }
    const text = read('docker-compose.yml')
    expect(text).not.toContain(EXAMPLE_SECRET)
    // No URI with credentials in it.
    expect(text).not.toMatch(/[a-z+]+:\/\/[^\s/@'"]+:[^\s/@'"]+@/)
  })
})

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile')

  it('builds in stages and runs the standalone server as an unprivileged user', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3)
    expect(dockerfile).toMatch(/NEXT_OUTPUT=standalone/)
    expect(dockerfile).toMatch(/^USER heroes$/m)
    expect(dockerfile).toMatch(/^CMD \["node", "server\.mjs"\]$/m)
    // The final stage copies the built server, not the sources or node_modules.
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '))
    expect(runtime).not.toMatch(/npm (ci|install)/)
    expect(runtime).toMatch(/COPY --from=build \/app\/\.next\/standalone/)
  })

  it('checks its own health on /api/health', () => {
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/api\/health/m)
  })

  it('leaves local data, secrets and dependencies out of the build context', () => {
    const ignored = read('.dockerignore').split('\n')
    for (const entry of ['node_modules', '.next', 'data', '.env', '*.db', '.git']) {
      expect(ignored).toContain(entry)
    }
  })
})

describe('deploy/nginx.conf', () => {
  const conf = read('deploy/nginx.conf')
  const block = (location: string) => {
    const start = conf.indexOf(`location ${location} {`)
    return conf.slice(start, conf.indexOf('\n    }', start))
  }

  it('balances over both instances without stickiness', () => {
    expect(conf).toMatch(/upstream portal \{\s+[^}]*least_conn;/)
    expect(conf).toMatch(/server app:3000/)
    expect(conf).toMatch(/server app2:3000/)
    expect(conf).not.toMatch(/ip_hash|sticky/)
  })

  it('ends idle connections to the app before the app would, running or stopping', () => {
    const upstream = conf.slice(conf.indexOf('upstream portal {'), conf.indexOf('\n  }'))
    const seconds = Number(/keepalive_timeout (\d+)s;/.exec(upstream)?.[1])
    expect(seconds).toBeGreaterThan(0)
    expect(seconds * 1000).toBeLessThan(new http.Server().keepAliveTimeout)
    expect(seconds * 1000).toBeLessThan(serverSettings({}).delayMs)
    expect(Number(services.app.environment?.SHUTDOWN_DELAY_SECONDS?.match(/:-(\d+)/)?.[1])).toBe(
      serverSettings({}).delayMs / 1000,
    )
  })

  it('stores no page: each instance answers from its own copy, which a publish drops everywhere', () => {
    // A time-based cache here holds a publish past its 1 s: nginx counts validity in whole seconds
    // (a "1s" page lived 1.5-2.0 s, measured). Pages come from the instances' copies instead.
    expect(block('/')).not.toMatch(/proxy_cache /)
  })

  it('stores public media for as long as the app says, never what is private or for staff', () => {
    const media = block('^~ /api/media/file/')
    expect(media).toMatch(/proxy_cache portal;/)
    expect(media).toMatch(/proxy_no_cache \$signed_in \$not_shareable;/)
    expect(media).toMatch(/proxy_cache_bypass \$signed_in;/)
    expect(media).not.toMatch(/proxy_ignore_headers/)
    const map = /map \$upstream_http_cache_control \$not_shareable \{[^}]*\}/.exec(conf)?.[0]
    expect(map).toMatch(/~\*\(private\|no-store\|no-cache\) 1;/)
    expect(conf).toMatch(/~\*payload-token= 1;/)
  })

  it("hands the app its request id and gives each answer, cached or not, the request's own", () => {
    expect(conf).toMatch(/proxy_set_header X-Request-Id \$request_id;/)
    expect(conf).toMatch(/proxy_hide_header X-Request-Id;/)
    expect(block('/')).toMatch(/add_header X-Request-Id \$request_id always;/)
    expect(conf).toMatch(/log_format portal escape=json [^;]*\$request_id/)
  })

  it('never caches the admin, the API or previews', () => {
    expect(block('~ ^/(admin|api|next)(/|$)')).not.toMatch(/proxy_cache /)
  })
})
