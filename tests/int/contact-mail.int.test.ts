import type { Payload } from 'payload'

import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  // An SMTP server that is not there: port 9 on loopback refuses every connection.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = '9'
  process.env.CONTACT_NOTIFY_TO = 'contact@example.eu'
  process.env.CONTACT_NOTIFY_TO_PRESS = 'press@example.eu'
  ;({ payload, stop } = await startPayload('contact-mail'))
}, 120_000)
afterAll(() => stop?.())

const submission = (topic: string) =>
  payload.create({
    collection: 'form-submissions',
    data: {
      name: 'Ana',
      email: 'ana@example.pt',
      topic,
      message: 'Olá',
      locale: 'pt',
      consent: true,
    } as never,
  })

describe('staff notification by email', () => {
  it('never loses a submission when mail fails, and retries the notification', async () => {
    const doc = await submission('studies')
    await payload.jobs.run({ queue: 'default' })
    expect(await payload.findByID({ collection: 'form-submissions', id: doc.id })).toBeTruthy()
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'notifySubmission' } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].completedAt).toBeFalsy()
    expect(docs[0].totalTried).toBeGreaterThanOrEqual(1)
  })

  it('sends to the topic’s address once mail works again', async () => {
    // The only mock: the mail transport, an outside edge.
    const sent: { to: unknown; replyTo: unknown; text: unknown }[] = []
    payload.sendEmail = (async (message: { to: unknown; replyTo: unknown; text: unknown }) => {
      sent.push(message)
    }) as never
    await submission('press')
    for (let i = 0; i < 3; i++) await payload.jobs.run({ queue: 'default' })
    expect(sent.map((m) => m.to).sort()).toEqual(['contact@example.eu', 'press@example.eu'])
    expect(sent.every((m) => m.replyTo === 'ana@example.pt')).toBe(true)
  })
})
