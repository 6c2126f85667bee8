import { CLIENT_ADDRESS_HEADER, clientKey } from '../clientAddress.mjs'

/**
 * Who is sending, for rate limiting, on every contact path (JSON endpoint, the server's shortcut,
 * the form's action): the address `npm start`'s server vouched for.
 */
export function contactClientKey(header: (name: string) => string | null): string {
  return clientKey(header(CLIENT_ADDRESS_HEADER))
}
