/** @jest-environment node */
import http from 'node:http'
import { Writable } from 'node:stream'

import pino from 'pino'

import { loggerOptions, safeError } from '@/lib/logger.mjs'
import { metrics } from '@/lib/metrics.mjs'
import { createMetricsEndpoint } from '@/scripts/serve/metrics.mjs'
import { FROM_COPY } from '@/scripts/serve/pageCopy.mjs'
import { createRequestTracker, requestId, routeKind } from '@/scripts/serve/requests.mjs'

// The server's request lines, ids and metrics endpoint on a real HTTP server of this test.
const lines: Record<string, unknown>[] = []
const sink = new Writable({
  write(chunk, _, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
    done()
  },
})
const log = pino(loggerOptions('info'), sink)

async function serve(trustedHops: number, token?: string) {
  const track = createRequestTracker({
    trustedHops,
    lines: { enabled: true, pid: process.pid, write: (text) => sink.write(text) },
  })
  const answerMetrics = createMetricsEndpoint({ token })
  const server = http.createServer((req, res) => {
    track(req, res)
    if (answerMetrics(req, res)) return
    if (req.url?.startsWith('/en')) res.setHeader('x-nextjs-cache', 'HIT')
    if (req.url === '/en/copied') Object.assign(res, { [FROM_COPY]: true })
    res.end(`seen id ${req.headers['x-request-id']}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('request ids, lines and metrics', () => {
  beforeEach(() => (lines.length = 0))

  it('sorts routes into kinds', () => {
    const kind = (path: string, method = 'GET', headers = {}) => routeKind(method, path, headers)
    expect(kind('/en')).toBe('page')
    expect(kind('/cs/tisk/x')).toBe('page')
    expect(kind('/en', 'GET', { rsc: '1' })).toBe('rsc')
    expect(kind('/en/contact', 'POST')).toBe('action')
    expect(kind('/api/contact', 'POST')).toBe('contact')
    expect(kind('/api/ready')).toBe('probe')
    expect(kind('/api/media/file/a.png')).toBe('file')
    expect(kind('/api/press-releases')).toBe('api')
    expect(kind('/api/graphql', 'POST')).toBe('graphql')
    expect(kind('/api/metrics')).toBe('metrics')
    expect(kind('/admin/collections/users')).toBe('admin')
    expect(kind('/_next/static/chunks/a.js')).toBe('asset')
    expect(kind('/_next/image')).toBe('image')
    expect(kind('/next/preview')).toBe('preview')
  })

  it("takes a proxy's id only when proxies are trusted and the id has an id's shape", () => {
    const req = (id: string) => ({ headers: { 'x-request-id': id } }) as never
    const nginx = '0123456789abcdef0123456789abcdef'
    expect(requestId(req(nginx), 1)).toBe(nginx)
    expect(requestId(req(nginx), 0)).not.toBe(nginx)
    for (const bad of ['short', 'a'.repeat(129), 'evil\nline-injected-x', 'id with spaces 1234'])
      expect(requestId(req(bad), 1)).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers with the id, hands it to the app and logs one line a request', async () => {
    const { origin, close } = await serve(0)
    const response = await fetch(`${origin}/en/search?q=jane.doe@example.eu`, {
      headers: { 'x-request-id': 'client-chosen-id-123' },
    })
    const id = response.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await response.text()).toBe(`seen id ${id}`)
    await settle()
    close()
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'request',
        reqId: id,
        method: 'GET',
        kind: 'page',
        path: '/en/search',
        status: 200,
        cache: 'hit',
        ms: expect.any(Number),
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ])
    // The query (a visitor's search words) stays out of the line.
    expect(JSON.stringify(lines)).not.toContain('jane.doe')
  })

  it("says in the line when the server's copy answered, not Next", async () => {
    const { origin, close } = await serve(0)
    await fetch(`${origin}/en/copied`).then((r) => r.text())
    await fetch(`${origin}/en/press`).then((r) => r.text())
    await settle()
    close()
    expect(lines.map((l) => [l.path, l.cache])).toEqual([
      ['/en/copied', 'copy'],
      ['/en/press', 'hit'],
    ])
  })

  it('keeps a trusted proxy id', async () => {
    const { origin, close } = await serve(1)
    const id = 'f00dfeedf00dfeedf00dfeedf00dfeed'
    const response = await fetch(`${origin}/api/x`, { headers: { 'x-request-id': id } })
    expect(response.headers.get('x-request-id')).toBe(id)
    await settle()
    close()
    expect(lines[0]).toMatchObject({ reqId: id, kind: 'api' })
  })

  it('serves metrics only with the token, in Prometheus text', async () => {
    const token = 'metrics-token-for-this-test-0123456789'
    const { origin, close } = await serve(0, token)
    await fetch(`${origin}/en`)
    expect((await fetch(`${origin}/api/metrics`)).status).toBe(401)
    const wrong = await fetch(`${origin}/api/metrics`, {
      headers: { authorization: 'Bearer nope' },
    })
    expect(wrong.status).toBe(401)
    const ok = await fetch(`${origin}/api/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await ok.text()
    expect(text).toMatch(
      /^heroes_http_requests_total\{kind="page",method="GET",status="200"\} \d+$/m,
    )
    expect(text).toMatch(
      /^heroes_http_request_duration_seconds_bucket\{le="0.1",kind="page"\} \d+$/m,
    )
    expect(text).toMatch(/^heroes_page_cache_total\{result="hit"\} \d+$/m)
    // No probe offered (no Payload here): the database counts as not ready.
    expect(text).toMatch(/^heroes_database_ready 0$/m)
    for (const name of [
      'heroes_revalidations_total',
      'heroes_page_cache_stores_dropped_total',
      'heroes_contact_messages_total',
      'heroes_jobs_queued',
      'heroes_jobs_failed',
      'heroes_process_cpu_seconds_total',
    ])
      expect(text).toContain(`# TYPE ${name}`)
    close()
    const off = await serve(0)
    expect((await fetch(`${off.origin}/api/metrics`)).status).toBe(404)
    off.close()
  })

  it('counts into one registry, whichever copy of the module asks', () => {
    expect(metrics()).toBe(metrics())
  })

  it('logs errors without the values a failed query quotes', () => {
    const error = Object.assign(
      new Error(
        'Failed query: insert into "form_submissions" values (?, ?)\nparams: Jane Doe,jane@example.eu',
      ),
      { code: 'SQLITE_BUSY' },
    )
    const logged = JSON.stringify(safeError(error))
    expect(logged).toContain('SQLITE_BUSY')
    expect(logged).not.toMatch(/Jane|jane@/)
    lines.length = 0
    log.error(error)
    log.error({ err: error, msg: `failed: ${error.message}` })
    log.info({ data: { email: 'jane@example.eu', name: 'Jane Doe' } }, 'created')
    return settle().then(() => {
      expect(lines).toHaveLength(3)
      expect(JSON.stringify(lines)).not.toMatch(/Jane|jane@/)
    })
  })
})
