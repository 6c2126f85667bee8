import type { Endpoint } from 'payload'

import { isLocale } from '../i18n/locales'
import { submitContact } from '../lib/contact/submit'

export const MAX_CONTACT_BODY_BYTES = 32 * 1024

/**
 * The contact form as JSON (for clients other than the site's own form): the same checks and
 * storage, answered with the HTTP status that says what happened.
 */
export const contact: Endpoint = {
  path: '/contact',
  method: 'post',
  handler: async (req) => {
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > MAX_CONTACT_BODY_BYTES)
      return Response.json({ result: 'tooLarge' }, { status: 413 })
    let raw: unknown
    try {
      const text = await req.text?.()
      if (!text || Buffer.byteLength(text) > MAX_CONTACT_BODY_BYTES) {
        return Response.json(
          { result: text ? 'tooLarge' : 'invalid' },
          { status: text ? 413 : 400 },
        )
      }
      raw = JSON.parse(text)
    } catch {
      return Response.json({ result: 'invalid' }, { status: 400 })
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      return Response.json({ result: 'invalid' }, { status: 400 })
    }
    const body = raw as Record<string, unknown>
    const locale = isLocale(body.locale) ? body.locale : 'en'
    const clientKey =
      req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ||
      req.headers.get('x-real-ip') ||
      'unknown'
    const outcome = await submitContact(req.payload, { raw: body, locale, clientKey })
    const headers =
      outcome.status === 429 ? { 'Retry-After': String(outcome.retryAfter) } : undefined
    return Response.json(outcome, { status: outcome.status, headers })
  },
}
