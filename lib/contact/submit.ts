import type { Payload } from 'payload'

import type { Locale } from '../../i18n/locales'
import { metrics } from '../metrics.mjs'
import { consumeContactAttempt } from './rateLimit'
import { type FieldErrors, validateContact } from './schema'

/** Seconds a person needs at least to fill in the form; faster is a script. */
export const MIN_FILL_SECONDS = 3

export type SubmitOutcome =
  | { status: 201; result: 'sent' }
  | { status: 400; result: 'invalid'; errors: FieldErrors }
  | { status: 429; result: 'rateLimited'; retryAfter: number }
  | { status: 503; result: 'unavailable' }

export type Submission = {
  raw: Record<string, unknown>
  locale: Locale
  clientKey: string
  now?: number
}

/**
 * The one path a contact message takes, from the form action and the JSON endpoint alike:
 * rate limit, bot traps, validation, then storage. The visitor is told "sent" only after the
 * message is stored. Bots (honeypot filled, or sent faster than a person can type) get the same
 * "sent" answer and nothing is stored.
 */
export async function submitContact(
  payload: Payload,
  submission: Submission,
): Promise<SubmitOutcome> {
  const { outcome, bot } = await decide(payload, submission)
  // Counted by outcome for /api/metrics; a bot's "sent" is counted as what it is.
  metrics().contact.inc({
    result: bot ? 'bot' : outcome.result === 'sent' ? 'stored' : outcome.result,
  })
  return outcome
}

async function decide(
  payload: Payload,
  { raw, locale, clientKey, now = Date.now() }: Submission,
): Promise<{ outcome: SubmitOutcome; bot?: boolean }> {
  const retryAfter = await consumeContactAttempt(clientKey)
  if (retryAfter !== null) return { outcome: { status: 429, result: 'rateLimited', retryAfter } }

  if (looksAutomated(raw, now)) return { outcome: { status: 201, result: 'sent' }, bot: true }

  const validation = validateContact(raw)
  if (!validation.success)
    return { outcome: { status: 400, result: 'invalid', errors: validation.errors } }
  const { institution: institutionSlug, ...data } = validation.data

  try {
    let institution: number | undefined
    if (institutionSlug) {
      // One query: the id only, and no count of all matches (`pagination: false`).
      const { docs } = await payload.find({
        collection: 'institutions',
        where: { slug: { equals: institutionSlug } },
        limit: 1,
        pagination: false,
        depth: 0,
        select: {},
      })
      if (!docs[0]) {
        return {
          outcome: {
            status: 400,
            result: 'invalid',
            errors: { institution: 'institutionInvalid' },
          },
        }
      }
      institution = docs[0].id as number
    }
    // The public has no create right on submissions: the server stores what it validated.
    // `depth: 0`: the stored document is not shown to anyone, so the institution it names is not
    // read back and populated (a localized document: the costliest part of a create).
    await payload.create({
      collection: 'form-submissions',
      data: { ...data, institution, locale, status: 'new' },
      overrideAccess: true,
      depth: 0,
    })
    return { outcome: { status: 201, result: 'sent' } }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Contact message could not be stored' })
    return { outcome: { status: 503, result: 'unavailable' } }
  }
}

function looksAutomated(raw: Record<string, unknown>, now: number): boolean {
  if (typeof raw.website === 'string' && raw.website.trim() !== '') return true
  const startedAt = Number(raw.startedAt)
  return Number.isFinite(startedAt) && startedAt > 0 && now - startedAt < MIN_FILL_SECONDS * 1000
}
