// The scaled-out setup of docs/deploy.md on one machine, from real servers: Debian's
// redis-server (shared page cache), an S3-compatible object store (s3rver, from the npm
// registry: a real HTTP server keeping objects on disk) for media, two instances of the image's
// server (.next/standalone/server.mjs) on one SQLite file (standing in for MongoDB), A running the
// jobs, and Debian's nginx with the shipped deploy/nginx.conf in front (only its addresses and
// file paths changed). Used by ./run.mjs.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export const BUCKET = 'heroes-media'
export const S3_KEY = 'S3RVER' // s3rver's fixed development credentials
export const METRICS_TOKEN = 'rehearsal-metrics-token-0123456789abcdef'

/** Ports from `base`: Redis, S3, A, B, nginx. */
export const portsFrom = (base) => ({
  redis: base,
  s3: base + 1,
  a: base + 2,
  b: base + 3,
  nginx: base + 4,
})

/**
 * @param {{ dir: string, base: number }} options
 */
export function createTopology({ dir, base }) {
  const ports = portsFrom(base)
  const processes = new Map()
  const logOf = (name) => path.join(dir, `${name}.log`)

  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    DATABASE_URI: `file:${path.join(dir, 'heroes.db')}`,
    PAYLOAD_SECRET: 'rehearsal-only-secret-rehearsal-only-secret',
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${ports.nginx}`,
    SEED_ON_START: 'false',
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    REDIS_KEY_PREFIX: `rehearsal-${process.pid}`,
    S3_BUCKET: BUCKET,
    S3_REGION: 'us-east-1',
    S3_ENDPOINT: `http://127.0.0.1:${ports.s3}`,
    S3_ACCESS_KEY_ID: S3_KEY,
    S3_SECRET_ACCESS_KEY: S3_KEY,
    // The load generator plays a CDN in front of nginx: two proxies append to X-Forwarded-For.
    TRUSTED_PROXY_HOPS: '2',
    METRICS_TOKEN,
    WARMUP_SECONDS: '1',
    SHUTDOWN_DELAY_SECONDS: '3',
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  }

  function start(name, command, args, options = {}) {
    const log = fs.openSync(logOf(name), 'a')
    const child = spawn(command, args, { stdio: ['ignore', log, log], ...options })
    fs.closeSync(log)
    processes.set(name, child)
    return child
  }

  const redisArgs = [
    '--port',
    String(ports.redis),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--notify-keyspace-events',
    'Exe',
    '--maxmemory-policy',
    'volatile-lru',
  ]

  return {
    ports,
    env,
    dir,
    logOf,
    async startRedis() {
      start('redis', 'redis-server', redisArgs)
      await waitForPort(ports.redis)
    },
    async startS3() {
      const bin = path.resolve('node_modules/s3rver/bin/s3rver.js')
      const data = path.join(dir, 's3')
      fs.mkdirSync(data, { recursive: true })
      start('s3', process.execPath, [
        bin,
        '-d',
        data,
        '-a',
        '127.0.0.1',
        '-p',
        String(ports.s3),
        '--silent',
        '--configure-bucket',
        BUCKET,
      ])
      await waitForPort(ports.s3)
    },
    /** @param {'a' | 'b'} name */
    async startInstance(name) {
      start(name, process.execPath, ['server.mjs'], {
        cwd: '.next/standalone',
        env: {
          ...env,
          PORT: String(ports[name]),
          HOSTNAME: '127.0.0.1',
          // A runs the queues; B only serves (docs/deploy.md, "One job runner").
          JOBS_AUTORUN: name === 'a' ? 'true' : 'false',
        },
      })
      await waitForReady(`http://127.0.0.1:${ports[name]}`)
    },
    async startNginx() {
      const root = path.join(dir, 'nginx')
      fs.mkdirSync(path.join(root, 'cache'), { recursive: true })
      fs.chmodSync(dir, 0o755)
      for (const sub of ['', 'cache']) fs.chmodSync(path.join(root, sub), 0o777)
      const conf = path.join(root, 'nginx.conf')
      fs.writeFileSync(
        conf,
        localNginxConf(fs.readFileSync('deploy/nginx.conf', 'utf8'), { root, ports }),
      )
      const globals = `daemon off; pid ${root}/nginx.pid; error_log ${root}/error.log warn;`
      start('nginx', 'nginx', ['-p', `${root}/`, '-c', conf, '-g', globals])
      await waitForPort(ports.nginx)
    },
    /** Signals one process and waits for it to end (SIGKILL after `ms`). */
    async stop(name, signal = 'SIGTERM', ms = 30_000) {
      const child = processes.get(name)
      if (!child || child.exitCode !== null || child.signalCode) return null
      const ended = new Promise((resolve) =>
        child.once('exit', (code, sig) => resolve({ code, signal: sig })),
      )
      child.kill(signal)
      const timer = setTimeout(() => child.kill('SIGKILL'), ms)
      const result = await ended
      clearTimeout(timer)
      return result
    },
    /** The running process's id. */
    pid(name) {
      return processes.get(name)?.pid
    },
    async stopAll() {
      await Promise.all([...processes.keys()].map((name) => this.stop(name, 'SIGTERM', 10_000)))
    },
  }
}

/** The shipped nginx.conf with loopback addresses and this run's paths; every swap must apply. */
export function localNginxConf(conf, { root, ports }) {
  const swaps = [
    ['server app:3000', `server 127.0.0.1:${ports.a}`],
    ['server app2:3000', `server 127.0.0.1:${ports.b}`],
    ['listen 80;', `listen 127.0.0.1:${ports.nginx};`],
    ['/var/cache/nginx/portal', `${root}/cache`],
    ['/var/log/nginx/access.log', `${root}/access.log`],
    [
      'http {',
      `http {\n  client_body_temp_path ${root}/body;\n  proxy_temp_path ${root}/proxy;\n  fastcgi_temp_path ${root}/fastcgi;\n  uwsgi_temp_path ${root}/uwsgi;\n  scgi_temp_path ${root}/scgi;`,
    ],
  ]
  for (const [from, to] of swaps) {
    if (!conf.includes(from)) throw new Error(`deploy/nginx.conf no longer has "${from}"`)
    conf = conf.replace(from, to)
  }
  return conf
}

/** Fails when something already listens on one of the ports (a run still stopping, another user). */
export async function assertPortsFree(ports) {
  for (const port of Object.values(ports)) {
    if (await isOpen(port))
      throw new Error(`port ${port} is in use: set REHEARSAL_PORT to a free range`)
  }
}

const isOpen = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })

export async function waitForPort(port, ms = 30_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await isOpen(port)) return
    await sleep(100)
  }
  throw new Error(`nothing listens on ${port} after ${ms / 1000} s`)
}

export async function waitForReady(origin, ms = 120_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const ready = await fetch(`${origin}/api/ready`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) return
    await sleep(200)
  }
  throw new Error(`${origin} was not ready after ${ms / 1000} s`)
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
