/** @jest-environment node */
import { jest } from '@jest/globals'

import { consumeContactAttempt } from '@/lib/contact/rateLimit'

// The limiter keeps its windows with Date and timers: fake both to live through an hour.
beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-06T09:00:00Z') }))
afterEach(() => jest.useRealTimers())

const attempts = async (client: string, n: number) => {
  const waits: (number | null)[] = []
  for (let i = 0; i < n; i++) waits.push(await consumeContactAttempt(client))
  return waits
}

describe('contact rate limits per client', () => {
  it('lets 5 messages a minute through, then says how long to wait', async () => {
    const waits = await attempts('192.0.2.1', 6)
    expect(waits.slice(0, 5)).toEqual([null, null, null, null, null])
    expect(waits[5]).toBeGreaterThan(0)
    expect(waits[5]).toBeLessThanOrEqual(60)
    // Another client is not held up by the first.
    expect(await consumeContactAttempt('192.0.2.2')).toBeNull()
  })

  it('lets 20 an hour through, however the minutes are spread, then refuses until the hour ends', async () => {
    const client = '192.0.2.3'
    for (let minute = 0; minute < 4; minute++) {
      expect(await attempts(client, 5)).toEqual([null, null, null, null, null])
      jest.advanceTimersByTime(61_000)
    }
    const wait = await consumeContactAttempt(client)
    // Refused by the hour's window (about 56 minutes left), not the minute's.
    expect(wait).toBeGreaterThan(50 * 60)
    expect(wait).toBeLessThanOrEqual(60 * 60)
    jest.advanceTimersByTime(wait! * 1000)
    expect(await consumeContactAttempt(client)).toBeNull()
  })
})
