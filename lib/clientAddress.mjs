// Who a request comes from, for per-client limits. Only `npm start`'s server sees the socket, so
// it works the address out (the socket's own, or X-Forwarded-For read through TRUSTED_PROXY_HOPS
// proxies counted from the right, the only entries a client cannot write) and hands it to the app
// in a header of its own. The header carries a token of this process: a client that sends the
// header itself, or a server that never set it (`next dev`), cannot pass an address off.
import { randomUUID } from 'node:crypto'

import ipaddr from 'ipaddr.js'
import proxyaddr from 'proxy-addr'

export const CLIENT_ADDRESS_HEADER = 'x-heroes-client-address'
/** The bucket of requests whose address nobody vouched for (a server other than npm start's). */
export const UNVERIFIED_CLIENT = 'unverified'

const TOKEN = Symbol.for('heroes.clientAddressToken')
const token = () => (globalThis[TOKEN] ??= randomUUID())

/**
 * The client's address as the server saw it through `trustedHops` proxies.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} trustedHops
 */
export function clientAddress(req, trustedHops) {
  const address = proxyaddr(req, (_, hop) => hop < trustedHops)
  return ipaddr.isValid(address) ? address : (req.socket.remoteAddress ?? '')
}

/**
 * Replaces whatever the client sent in the header with the address worked out here.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} trustedHops
 */
export function stampClientAddress(req, trustedHops) {
  req.headers[CLIENT_ADDRESS_HEADER] = vouchFor(clientAddress(req, trustedHops))
}

/**
 * The header's value for an address this process vouches for (the server above; in-process
 * tests that call the app's handlers without it).
 * @param {string} address
 */
export function vouchFor(address) {
  return `${token()} ${address}`
}

/**
 * The rate-limit key for a stamped header's value: the address, IPv4-mapped IPv6 as IPv4, and
 * IPv6 by its /64 network (one subscriber's whole allocation, which they can rotate through).
 * @param {string | null | undefined} value
 */
export function clientKey(value) {
  const [given, address] = (value ?? '').split(' ')
  if (given !== token() || !address || !ipaddr.isValid(address)) return UNVERIFIED_CLIENT
  const parsed = ipaddr.process(address)
  if (parsed.kind() === 'ipv4') return parsed.toString()
  return `${parsed.toNormalizedString().split(':').slice(0, 4).join(':')}::/64`
}
