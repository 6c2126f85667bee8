import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Per-client limits for the contact form: 5 a minute and 20 an hour. Kept in this process's
 * memory; several instances each keep their own count (see docs for the shared alternative).
 */
const limiters = [
  new RateLimiterMemory({ keyPrefix: 'contact-minute', points: 5, duration: 60 }),
  new RateLimiterMemory({ keyPrefix: 'contact-hour', points: 20, duration: 60 * 60 }),
]

/** Takes one attempt for the client; resolves to the seconds to wait when over a limit. */
export async function consumeContactAttempt(clientKey: string): Promise<number | null> {
  for (const limiter of limiters) {
    try {
      await limiter.consume(clientKey)
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.ceil(rejection.msBeforeNext / 1000)
      throw rejection
    }
  }
  return null
}
