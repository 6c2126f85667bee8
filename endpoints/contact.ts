import type { Endpoint, Payload } from 'payload'

import { isLocale } from '../i18n/locales'
import { contactClientKey } from '../lib/contact/clientKey'
import { submitContact } from '../lib/contact/submit'
import { answerLocale, describeAnswer } from '../lib/contact/texts'
import { metrics } from '../lib/metrics.mjs'

export const MAX_CONTACT_BODY_BYTES = 32 * 1024

/** A request as the contact endpoint needs it, from Payload's REST route or the server's own. */
export type ContactRequest = {
  header: (name: string) => string | null
  /** The body's bytes, read at most up to `maxBytes` (more is not read: it is too large). */
  bytes: (maxBytes: number) => Promise<Uint8Array>
}

// Invalid UTF-8 is refused, not read as U+FFFD: what is stored is what the visitor sent.
const utf8 = new TextDecoder('utf-8', { fatal: true })

export type ContactAnswer = {
  status: number
  body: Record<string, unknown>
  headers?: Record<string, string>
}

/**
 * The contact form as JSON (for clients other than the site's own form): the same checks and
 * storage, answered with the HTTP status that says what happened, its code (`result`, and each
 * field's in `errors`) and the form's own words for it in the visitor's language (`message`,
 * and each field's in `messages`).
 */
export async function answerContact(
  payload: Payload,
  request: ContactRequest,
): Promise<ContactAnswer> {
  const unread = (status: 400 | 413, result: 'invalid' | 'tooLarge') => {
    const locale = answerLocale(undefined, request.header('accept-language'))
    const said = result === 'invalid' ? 'unreadable' : result
    metrics().contact.inc({ result })
    return { status, body: { result, ...describeAnswer(locale, said) } }
  }
  const declared = Number(request.header('content-length') ?? 0)
  if (declared > MAX_CONTACT_BODY_BYTES) return unread(413, 'tooLarge')
  let raw: unknown
  try {
    const bytes = await request.bytes(MAX_CONTACT_BODY_BYTES + 1)
    if (!bytes.length) return unread(400, 'invalid')
    if (bytes.length > MAX_CONTACT_BODY_BYTES) return unread(413, 'tooLarge')
    raw = JSON.parse(utf8.decode(bytes))
  } catch {
    return unread(400, 'invalid')
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return unread(400, 'invalid')
  const body = raw as Record<string, unknown>
  const locale = isLocale(body.locale) ? body.locale : 'en'
  const clientKey = contactClientKey(request.header)
  const outcome = await submitContact(payload, { raw: body, locale, clientKey })
  const headers = outcome.status === 429 ? { 'Retry-After': String(outcome.retryAfter) } : undefined
  const words = describeAnswer(
    answerLocale(body.locale, request.header('accept-language')),
    outcome.result,
    'errors' in outcome ? outcome.errors : undefined,
  )
  return { status: outcome.status, body: { ...outcome, ...words }, headers }
}

export const contact: Endpoint = {
  path: '/contact',
  method: 'post',
  handler: async (req) => {
    const { status, body, headers } = await answerContact(req.payload, {
      header: (name) => req.headers.get(name),
      bytes: async () => new Uint8Array((await req.arrayBuffer?.()) ?? new ArrayBuffer(0)),
    })
    return Response.json(body, { status, headers })
  },
}
