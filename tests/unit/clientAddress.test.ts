/** @jest-environment node */
import type { IncomingMessage } from 'node:http'

import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientKey,
  stampClientAddress,
  UNVERIFIED_CLIENT,
} from '@/lib/clientAddress.mjs'

/** A request as Node's server hands it over: the socket's address and the headers sent. */
const request = (socket: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: socket },
    connection: { remoteAddress: socket },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage

const keyOf = (req: IncomingMessage, hops: number) => {
  stampClientAddress(req, hops)
  return clientKey(req.headers[CLIENT_ADDRESS_HEADER] as string)
}

describe('client address for rate limits', () => {
  it('is the connection itself when no proxy is trusted, whatever the client writes', () => {
    expect(clientAddress(request('203.0.113.9'), 0)).toBe('203.0.113.9')
    expect(clientAddress(request('203.0.113.9', '198.51.100.1'), 0)).toBe('203.0.113.9')
  })

  it('reads X-Forwarded-For from the right, through the trusted hops only', () => {
    // nginx appends the address it saw to what the client sent.
    const viaNginx = request('10.0.0.2', '198.51.100.77, 203.0.113.9')
    expect(clientAddress(viaNginx, 1)).toBe('203.0.113.9')
    const viaCdnAndNginx = request('10.0.0.2', '198.51.100.77, 203.0.113.9, 192.0.2.10')
    expect(clientAddress(viaCdnAndNginx, 2)).toBe('203.0.113.9')
  })

  it('gives a client that rotates what it writes one key behind a proxy', () => {
    const keys = new Set(
      Array.from({ length: 20 }, (_, i) =>
        keyOf(request('10.0.0.2', `198.51.100.${i}, 203.0.113.9`), 1),
      ),
    )
    expect([...keys]).toEqual(['203.0.113.9'])
  })

  it('keeps clients without the header apart: each has its own connection', () => {
    expect(keyOf(request('203.0.113.1'), 1)).toBe('203.0.113.1')
    expect(keyOf(request('203.0.113.2'), 1)).toBe('203.0.113.2')
  })

  it('falls back to the connection when the trusted entry is no address', () => {
    expect(clientAddress(request('10.0.0.2', 'not-an-address'), 1)).toBe('10.0.0.2')
  })

  it('keys IPv4-mapped IPv6 as IPv4 and IPv6 by its /64', () => {
    expect(keyOf(request('::ffff:203.0.113.9'), 0)).toBe('203.0.113.9')
    expect(keyOf(request('2001:db8:1:2:aaaa::1'), 0)).toBe('2001:db8:1:2::/64')
    expect(keyOf(request('2001:db8:1:2:bbbb::7'), 0)).toBe('2001:db8:1:2::/64')
    expect(keyOf(request('2001:db8:1:3::1'), 0)).toBe('2001:db8:1:3::/64')
  })

  it('replaces the header when a client sends it, and trusts no value this server did not set', () => {
    const req = request('203.0.113.9')
    req.headers[CLIENT_ADDRESS_HEADER] = 'forged 198.51.100.1'
    expect(keyOf(req, 0)).toBe('203.0.113.9')
    expect(clientKey('forged 198.51.100.1')).toBe(UNVERIFIED_CLIENT)
    expect(clientKey('198.51.100.1')).toBe(UNVERIFIED_CLIENT)
    expect(clientKey(null)).toBe(UNVERIFIED_CLIENT)
  })
})
