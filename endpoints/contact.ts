import type { Endpoint, Payload } from 'payload'

import { isLocale } from '../i18n/locales'
import { submitContact } from '../lib/contact/submit'

export const MAX_CONTACT_BODY_BYTES = 32 * 1024

/** A request as the contact endpoint needs it, from Payload's REST route or the server's own. */
export type ContactRequest = {
  header: (name: string) => string | null
  /** The body as text, read at most up to `maxBytes` (more is not read: it is too large). */
  text: (maxBytes: number) => Promise<string>
}

export type ContactAnswer = {
  status: number
  body: Record<string, unknown>
  headers?: Record<string, string>
}

/**
 * The contact form as JSON (for clients other than the site's own form): the same checks and
 * storage, answered with the HTTP status that says what happened.
 */
export async function answerContact(
  payload: Payload,
  request: ContactRequest,
): Promise<ContactAnswer> {
  const declared = Number(request.header('content-length') ?? 0)
  if (declared > MAX_CONTACT_BODY_BYTES) return { status: 413, body: { result: 'tooLarge' } }
  let raw: unknown
  try {
    const text = await request.text(MAX_CONTACT_BODY_BYTES + 1)
    if (!text) return { status: 400, body: { result: 'invalid' } }
    if (Buffer.byteLength(text) > MAX_CONTACT_BODY_BYTES)
      return { status: 413, body: { result: 'tooLarge' } }
    raw = JSON.parse(text)
  } catch {
    return { status: 400, body: { result: 'invalid' } }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { status: 400, body: { result: 'invalid' } }
  }
  const body = raw as Record<string, unknown>
  const locale = isLocale(body.locale) ? body.locale : 'en'
  const clientKey =
    request.header('x-forwarded-for')?.split(',')[0]?.trim() ||
    request.header('x-real-ip') ||
    'unknown'
  const outcome = await submitContact(payload, { raw: body, locale, clientKey })
  const headers = outcome.status === 429 ? { 'Retry-After': String(outcome.retryAfter) } : undefined
  return { status: outcome.status, body: outcome, headers }
}

export const contact: Endpoint = {
  path: '/contact',
  method: 'post',
  handler: async (req) => {
    const { status, body, headers } = await answerContact(req.payload, {
      header: (name) => req.headers.get(name),
      text: async () => (await req.text?.()) ?? '',
    })
    return Response.json(body, { status, headers })
  },
}
