import type { Payload } from 'payload'

import { answerContact, type ContactRequest } from '../../endpoints/contact'

/**
 * Where a started Payload leaves the contact endpoint for `npm start`'s server
 * (scripts/serve/contact.mjs), which then answers `POST /api/contact` itself: through Next's
 * route and Payload's REST handler a request cost 2.7 ms of CPU before the endpoint ran (the
 * endpoint itself, storage included, about 3 ms), and at 200 messages a second the two together
 * filled a core. Same function, same Payload, same answers; only the transport is shorter.
 */
export const CONTACT_HANDLER = Symbol.for('heroes.contact')

export function offerContactHandler(payload: Payload): void {
  ;(globalThis as Record<symbol, unknown>)[CONTACT_HANDLER] = (request: ContactRequest) =>
    answerContact(payload, request)
}
