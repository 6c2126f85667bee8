import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { messagesByLocale } from '@/i18n/messages'

import { CLIENT_ADDRESS_HEADER, vouchFor } from '@/lib/clientAddress.mjs'

import { portugueseMessage } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

// What a visitor's text may hold, through both doors of POST /api/contact: Payload's REST route
// (the one app/(payload)/api mounts) and `npm start`'s own shortcut (scripts/serve/contact.mjs).
// Both get the body as bytes on the wire, so JSON escapes and raw bytes arrive as a client sends
// them; and the collection itself, through the local API the admin also goes through.
let payload: Payload
let stop: () => Promise<void>
let server: http.Server
let shortcutBase: string
let restPost: (request: Request) => Promise<Response>

const pt = messagesByLocale.pt.ContactForm
const message = portugueseMessage
let client = 0
type Door = 'REST route' | 'server shortcut'
const doors: Door[] = ['REST route', 'server shortcut']

async function post(door: Door, body: string | Uint8Array, headers: Record<string, string> = {}) {
  const init = {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // One visitor per request, vouched for as npm start's server does.
      [CLIENT_ADDRESS_HEADER]: vouchFor(`203.0.113.${++client}`),
      ...headers,
    },
    body: body as BodyInit,
  }
  const response =
    door === 'REST route'
      ? await restPost(new Request('http://localhost:3000/api/contact', init))
      : await fetch(`${shortcutBase}/api/contact`, init)
  return { status: response.status, body: await response.json() }
}
const storedNamed = async (name: string) =>
  (
    await payload.find({
      collection: 'form-submissions',
      where: { email: { equals: 'ana@example.pt' }, name: { equals: name } },
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('contact-text'))
  const handlers = await import('@payloadcms/next/routes')
  const config = (await import('@payload-config')).default
  restPost = (request) =>
    handlers.REST_POST(config)(request, { params: Promise.resolve({ slug: ['contact'] }) })
  const { createContactShortcut } = await import('../../scripts/serve/contact.mjs')
  const answer = createContactShortcut({ headers: {} })
  server = http.createServer((req, res) => {
    if (!answer(req, res)) res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  shortcutBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 120_000)
afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  await stop?.()
})

describe.each(doors)('POST /api/contact through the %s', (door) => {
  it.each([
    ['a lone high surrogate', '"Ana \\ud800 Silva"', 'brokenCharacters'],
    ['a lone low surrogate', '"Ana \\udc00 Silva"', 'brokenCharacters'],
    ['a right-to-left override', '"Ana \\u202e avliS"', 'directionControls'],
    ['a right-to-left override, unescaped', '"Ana \u202e avliS"', 'directionControls'],
    ['a first-strong isolate', '"Ana \\u2068Silva\\u2069"', 'directionControls'],
  ])(
    'refuses %s in the name, in the visitor’s language, storing nothing',
    async (_, json, code) => {
      const body = JSON.stringify(message('placeholder')).replace('"placeholder"', json)
      const before = (await payload.count({ collection: 'form-submissions' })).totalDocs
      expect(await post(door, body)).toEqual({
        status: 400,
        body: {
          status: 400,
          result: 'invalid',
          errors: { name: code },
          message: 'Corrija o campo assinalado abaixo. Tudo o que escreveu continua preenchido.',
          messages: { name: pt.errors[code as 'brokenCharacters' | 'directionControls'] },
        },
      })
      expect((await payload.count({ collection: 'form-submissions' })).totalDocs).toBe(before)
    },
  )

  it('refuses a body that is not UTF-8 as unreadable, instead of reading U+FFFD into it', async () => {
    const json = Buffer.from(JSON.stringify(message(`Ana ${door} bytes`)))
    // "Ana" with its "n" replaced by a lone continuation byte, then a truncated two-byte sequence.
    const broken = Buffer.concat([
      json.subarray(0, 10),
      Buffer.from([0x80, 0xc3]),
      json.subarray(11),
    ])
    expect(broken.toString('utf8')).toContain('\ufffd')
    expect(await post(door, broken, { 'accept-language': 'fi' })).toEqual({
      status: 400,
      body: { result: 'invalid', message: messagesByLocale.fi.ContactForm.unreadable },
    })
    expect(await storedNamed(`Ana ${door} bytes`)).toEqual([])
  })

  it('stores astral characters and right-to-left scripts exactly as sent', async () => {
    const name = `مريم 😀 נועה ${door}`
    const text = 'مرحبا 👩🏽‍🔬 𝄞 𠜎 — שלום'
    const sent = { ...message(name), organisation: 'جامعة 🎓', message: text }
    expect((await post(door, JSON.stringify(sent))).status).toBe(201)
    const [stored] = await storedNamed(name)
    expect({
      name: stored?.name,
      organisation: stored?.organisation,
      message: stored?.message,
    }).toEqual({
      name,
      organisation: 'جامعة 🎓',
      message: text,
    })
  })
})

describe('the form-submissions collection itself', () => {
  const data = {
    name: 'Staff entry',
    email: 'staff@example.eu',
    topic: 'other',
    message: 'Typed into the admin',
    locale: 'en',
    consent: true,
    status: 'new',
  } as const

  it.each([
    ['name', 'Eva \u202ekavoN', 'directionControls'],
    ['organisation', 'Org \ud800', 'brokenCharacters'],
    ['message', 'Hello \u2066world\u2069', 'directionControls'],
    ['internalNotes', 'called back \ufffd', 'brokenCharacters'],
  ])(
    'refuses in the %s what the form would refuse, even with full rights',
    async (field, value, code) => {
      const before = (await payload.count({ collection: 'form-submissions' })).totalDocs
      await expect(
        payload.create({ collection: 'form-submissions', data: { ...data, [field]: value } }),
      ).rejects.toMatchObject({
        data: {
          errors: [
            {
              path: field,
              message:
                messagesByLocale.en.ContactForm.errors[
                  code as 'brokenCharacters' | 'directionControls'
                ],
            },
          ],
        },
      })
      expect((await payload.count({ collection: 'form-submissions' })).totalDocs).toBe(before)
    },
  )

  it('refuses such text on update too, keeping what was stored, and accepts Arabic and emoji', async () => {
    const doc = await payload.create({
      collection: 'form-submissions',
      data: { ...data, internalNotes: 'first call' },
    })
    await expect(
      payload.update({
        collection: 'form-submissions',
        id: doc.id,
        data: { internalNotes: 'see \u202etxet' },
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          {
            path: 'internalNotes',
            message: messagesByLocale.en.ContactForm.errors.directionControls,
          },
        ],
      },
    })
    const read = () => payload.findByID({ collection: 'form-submissions', id: doc.id })
    expect((await read()).internalNotes).toBe('first call')
    const notes = 'اتصلت بها 📞'
    await payload.update({
      collection: 'form-submissions',
      id: doc.id,
      data: { internalNotes: notes },
    })
    expect((await read()).internalNotes).toBe(notes)
  })

  it('lets a submission stored before the rule be triaged, but not edited into such text', async () => {
    // Written past validation, as rows stored before this rule existed were.
    const legacy = (await payload.db.create({
      collection: 'form-submissions',
      data: { ...data, name: 'Old \u202eeman' },
    })) as { id: number }
    const triaged = await payload.update({
      collection: 'form-submissions',
      id: legacy.id,
      data: { status: 'answered' },
    })
    expect({ status: triaged.status, name: triaged.name }).toEqual({
      status: 'answered',
      name: 'Old \u202eeman',
    })
    await expect(
      payload.update({
        collection: 'form-submissions',
        id: legacy.id,
        data: { name: 'Other \u202eeman' },
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'name' }] } })
  })
})
