import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { messagesByLocale } from '@/i18n/messages'
import { stampClientAddress } from '@/lib/clientAddress.mjs'
import { CONTACT_HANDLER } from '@/lib/contact/direct'

import { portugueseMessage } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

// `npm start`'s server answers POST /api/contact itself once Payload has started in the process
// (scripts/serve/contact.mjs). Here that shortcut runs in front of a real Payload on a real
// database; whatever it does not answer reaches the stand-in for Next below.
let payload: Payload
let stop: () => Promise<void>
let server: http.Server
let base: string
const toNext: string[] = []
let shortcut: typeof import('../../scripts/serve/contact.mjs')

const ptMessages = messagesByLocale.pt
const message = portugueseMessage
let client = 0
const post = (body: string, path = '/api/contact') =>
  fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${++client}` },
    body,
  })
const storedNamed = async (name: string) =>
  (
    await payload.count({
      collection: 'form-submissions',
      where: { name: { equals: name } },
    })
  ).totalDocs

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('contact-shortcut'))
  shortcut = await import('../../scripts/serve/contact.mjs')
  const answer = shortcut.createContactShortcut({
    headers: { 'x-content-type-options': 'nosniff' },
  })
  server = http.createServer((req, res) => {
    // As scripts/server.mjs does, behind one proxy: the tests play visitors by X-Forwarded-For.
    stampClientAddress(req, 1)
    if (answer(req, res)) return
    toNext.push(`${req.method} ${req.url}`)
    req.resume()
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 120_000)
afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  await stop?.()
})

describe('the server’s own contact endpoint', () => {
  it('stores a message through the running Payload and answers 201 with next.config’s headers', async () => {
    const response = await post(JSON.stringify(message('Ana Shortcut')))
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.json()).toEqual({
      status: 201,
      result: 'sent',
      message: ptMessages.ContactForm.sentTitle,
    })
    expect(await storedNamed('Ana Shortcut')).toBe(1)
    expect(toNext).toEqual([])
  })

  it('answers bad input as Payload’s REST endpoint does, and stores none of it', async () => {
    const before = (await payload.count({ collection: 'form-submissions' })).totalDocs
    const invalid = await post(JSON.stringify({ ...message('x'), email: 'not-an-address' }))
    expect(invalid.status).toBe(400)
    // Sent whole with its length (not chunked), counted in bytes.
    const text = await invalid.text()
    expect(invalid.headers.get('content-length')).toBe(String(Buffer.byteLength(text)))
    expect(JSON.parse(text).errors).toEqual({ email: 'emailInvalid' })
    for (const body of ['{"name":', '', '[1]', 'null']) {
      const response = await post(body)
      expect([body, response.status]).toEqual([body, 400])
    }
    const huge = await post(JSON.stringify(message('x'.repeat(40_000))))
    expect(huge.status).toBe(413)
    // The body was not read, so its locale is unknown: English without an Accept-Language.
    expect(await huge.json()).toEqual({
      result: 'tooLarge',
      message: messagesByLocale.en.ContactForm.tooLarge,
    })
    // The rest of that body was never read: the connection is not reused for another request.
    expect(huge.headers.get('connection')).toBe('close')
    expect((await payload.count({ collection: 'form-submissions' })).totalDocs).toBe(before)
  })

  it('says what went wrong in the visitor’s language, field by field', async () => {
    const lt = messagesByLocale.lt.ContactForm
    const invalid = await post(
      JSON.stringify({ ...message('Jonas'), locale: 'lt', email: 'jonas@', consent: false }),
    )
    expect(invalid.status).toBe(400)
    expect(await invalid.json()).toEqual({
      status: 400,
      result: 'invalid',
      errors: { email: 'emailInvalid', consent: 'consentRequired' },
      message: 'Pataisykite toliau pažymėtus 2 laukus. Visa, ką įvedėte, išsaugota.',
      messages: { email: lt.errors.emailInvalid, consent: lt.errors.consentRequired },
    })
    // Unreadable: no body to say a locale, so the best of Accept-Language.
    const unreadable = await fetch(`${base}/api/contact`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'xx, cs;q=0.9, en;q=0.5',
        'x-forwarded-for': '192.0.2.250',
      },
      body: '{"name":',
    })
    expect(unreadable.status).toBe(400)
    expect(await unreadable.json()).toEqual({
      result: 'invalid',
      message: messagesByLocale.cs.ContactForm.unreadable,
    })
  })

  /** Six empty messages, each with the headers given for it: what the limit answered. */
  const sixStatuses = async (headersFor: (i: number) => Record<string, string>) => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${base}/api/contact`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headersFor(i) },
        body: '{}',
      })
      statuses.push(response.status)
      if (response.status === 429)
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    return statuses
  }

  it('limits each client as the REST endpoint does', async () => {
    expect(await sixStatuses(() => ({ 'x-forwarded-for': '198.51.100.7' }))).toEqual([
      400, 400, 400, 400, 400, 429,
    ])
  })

  it('limits a client that rotates its own X-Forwarded-For by the address the proxy appended', async () => {
    const rotating = (i: number) => ({ 'x-forwarded-for': `10.${i}.${i}.${i}, 198.51.100.8` })
    expect(await sixStatuses(rotating)).toEqual([400, 400, 400, 400, 400, 429])
  })

  it("does not take the client address from a client that writes the server's own header", async () => {
    const forging = (i: number) => ({
      'x-forwarded-for': '198.51.100.9',
      'x-heroes-client-address': `forged 10.9.9.${i}`,
    })
    expect(await sixStatuses(forging)).toEqual([400, 400, 400, 400, 400, 429])
  })

  it('leaves every other request, and every request before Payload has started, to Next', async () => {
    toNext.length = 0
    await fetch(`${base}/api/contact`)
    await post('{}', '/api/contact?x=1')
    await post('{}', '/api/contact/')
    await post('{}', '/api/users/login')
    const offered = (globalThis as Record<symbol, unknown>)[CONTACT_HANDLER]
    expect(typeof offered).toBe('function')
    delete (globalThis as Record<symbol, unknown>)[CONTACT_HANDLER]
    try {
      await post(JSON.stringify(message('Before start')))
    } finally {
      ;(globalThis as Record<symbol, unknown>)[CONTACT_HANDLER] = offered
    }
    expect(toNext).toEqual([
      'GET /api/contact',
      'POST /api/contact?x=1',
      'POST /api/contact/',
      'POST /api/users/login',
      'POST /api/contact',
    ])
    expect(await storedNamed('Before start')).toBe(0)
  })
})

describe('the headers it sends, from the build’s routes manifest', () => {
  const manifest = (headers: unknown[]) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-manifest-')), 'm.json')
    fs.writeFileSync(file, JSON.stringify({ headers }))
    return file
  }
  const everyPath = '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$'
  const rule = (regex: string, headers: [string, string][], extra = {}) => ({
    regex,
    headers: headers.map(([key, value]) => ({ key, value })),
    ...extra,
  })

  it('are every matching rule’s, and no other rule’s', () => {
    const file = manifest([
      rule(everyPath, [['X-Frame-Options', 'SAMEORIGIN']]),
      rule('^/en(?:/.*)?$', [['Cache-Control', 'public']]),
      rule(everyPath, [['Vary', 'Sec-CH-Prefers-Color-Scheme']]),
    ])
    expect(shortcut.headersFromManifest(file)).toEqual({
      'x-frame-options': 'SAMEORIGIN',
      vary: 'Sec-CH-Prefers-Color-Scheme',
    })
  })

  it('are none (Next answers) without a manifest, or when a matching rule depends on the request', () => {
    expect(shortcut.headersFromManifest(path.join(os.tmpdir(), 'no-such-manifest.json'))).toBe(null)
    const cookie = { has: [{ type: 'cookie', key: 'session' }] }
    expect(shortcut.headersFromManifest(manifest([rule(everyPath, [['A', 'b']], cookie)]))).toBe(
      null,
    )
    expect(shortcut.headersFromManifest(manifest([rule(everyPath, [['Link', '/:path']])]))).toBe(
      null,
    )
  })
})
