// Steady open-loop load through nginx while the topology changes: page views (each URL new to
// nginx's cache, so an instance answers it) and contact messages, each from its own visitor
// address (the load generator plays the CDN in front of nginx: X-Forwarded-For). Every answer is
// recorded; the messages answered 201 are looked up in the database afterwards.
import { localeCodes as locales } from '../../i18n/localeCodes.mjs'

/**
 * @param {{ origin: string, marker: string, pagesPerSecond: number, messagesPerSecond: number }} options
 */
export function startLoad({ origin, marker, pagesPerSecond, messagesPerSecond }) {
  const pages = { sent: 0, ok: 0, failures: /** @type {string[]} */ ([]) }
  const messages = { sent: 0, stored: 0, failures: /** @type {string[]} */ ([]) }
  const inFlight = new Set()
  let n = 0
  const track = (promise) => {
    inFlight.add(promise)
    promise.finally(() => inFlight.delete(promise))
  }

  const pageTimer = setInterval(() => {
    const i = n++
    pages.sent++
    const url = `${origin}/${locales[i % locales.length]}?load=${marker}-${i}`
    track(
      fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
        async (response) => {
          await response.arrayBuffer()
          if (response.ok) pages.ok++
          else pages.failures.push(`${response.status} ${url}`)
        },
        (error) => pages.failures.push(`${error.name} ${url}`),
      ),
    )
  }, 1000 / pagesPerSecond)

  const messageTimer = setInterval(() => {
    const i = messages.sent++
    const body = {
      name: `Visitor ${marker} ${i}`,
      email: `visitor.${marker}.${i}@example.eu`,
      topic: 'other',
      message: `Message ${marker} number ${i}, sent while the topology changes.`,
      consent: true,
      locale: 'en',
      startedAt: Date.now() - 10_000,
    }
    track(
      fetch(`${origin}/api/contact`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      }).then(
        async (response) => {
          await response.arrayBuffer()
          if (response.status === 201) messages.stored++
          else messages.failures.push(`${response.status} message ${i}`)
        },
        (error) => messages.failures.push(`${error.name} message ${i}`),
      ),
    )
  }, 1000 / messagesPerSecond)

  return {
    pages,
    messages,
    /** Stops sending and waits for every answer. */
    async stop() {
      clearInterval(pageTimer)
      clearInterval(messageTimer)
      while (inFlight.size) await Promise.allSettled([...inFlight])
      return { pages, messages }
    },
  }
}
