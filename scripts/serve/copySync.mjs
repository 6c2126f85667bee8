// The page copies (./pageCopy.mjs) of every instance sharing one Redis: an expiry on one instance
// (a publish lands on A) is published on a channel, every other instance drops its copies when it
// hears it and says so on a second channel, and A answers the publish once every instance that
// heard it has (half a second at most). Without that wait, B could still answer from a copy a
// request sent right after A's answer: Redis had taken the message, B had not read it yet (one
// scale-out rehearsal in six, 7 December). An instance that cannot hear the channel (Redis away,
// reconnecting) keeps no copies at all, so a publish it missed cannot be hidden by one; it serves
// through Next, which itself renders every page while Redis is away
// (lib/deploy/sharedCacheHealth.mjs).
import { randomUUID } from 'node:crypto'

import { createClient } from 'redis'

const PUBLISH_WAIT_MS = 500

/**
 * @param {{ url: string, prefix: string,
 *   copies: { expire(): void, setEnabled(on: boolean): void },
 *   log: import('pino').Logger }} options
 * @returns {{ announce(): Promise<void>, close(): Promise<void> }}
 */
export function syncCopies({ url, prefix, copies, log }) {
  const channel = `${prefix}page-copy-expired`
  const dropped = `${prefix}page-copy-dropped`
  // A message is `<instance> <number>`; each instance drops nothing on its own (it dropped its
  // copies before it sent them) but says it heard it like the others, so the sender waits for as
  // many replies as Redis counted listeners.
  const self = randomUUID()
  let sent = 0
  /** @type {Map<string, { heard: number, expected: number, done: () => void }>} */
  const waiting = new Map()
  const socket = { reconnectStrategy: (/** @type {number} */ tries) => Math.min(tries * 200, 2000) }
  const publisher = createClient({ url, socket })
  const subscriber = createClient({ url, socket })
  let subscribed = false
  let listening = false
  let warned = false
  const deaf = (/** @type {unknown} */ error) => {
    if (listening) copies.setEnabled(false)
    listening = false
    if (warned || !error) return
    warned = true
    log.warn({ err: error }, 'page copies off: cannot hear other instances')
  }
  publisher.on('error', () => {})
  subscriber.on('error', deaf)
  subscriber.on('reconnecting', () => deaf(null))
  subscriber.on('end', () => deaf(null))
  // node-redis subscribes again on every reconnect before it reports ready.
  subscriber.on('ready', () => {
    if (!listening && subscribed) {
      listening = true
      warned = false
      copies.setEnabled(true)
      log.info('page copies on: hearing other instances')
    }
  })
  copies.setEnabled(false)
  subscriber
    .connect()
    .then(() =>
      Promise.all([
        subscriber.subscribe(channel, (message) => {
          if (!message.startsWith(`${self} `)) copies.expire()
          publisher.publish(dropped, message).catch(() => {})
        }),
        subscriber.subscribe(dropped, (message) => {
          const wait = waiting.get(message)
          if (wait && ++wait.heard >= wait.expected) wait.done()
        }),
      ]),
    )
    .then(() => {
      subscribed = true
      listening = true
      copies.setEnabled(true)
    })
    .catch(deaf)
  publisher.connect().catch(() => {})

  return {
    /**
     * Tells the other instances and waits until each that heard it has dropped its copies (at
     * most half a second: a publish is not held up by an instance that hangs).
     */
    async announce() {
      if (!publisher.isReady) return
      const message = `${self} ${++sent}`
      /** @type {() => void} */
      let done = () => {}
      const heard = new Promise((resolve) => (done = () => resolve(undefined)))
      // Registered before publishing: a reply may come back before Redis's count does.
      const wait = { heard: 0, expected: Infinity, done }
      waiting.set(message, wait)
      const timer = setTimeout(() => {
        log.warn(
          { heard: wait.heard, expected: wait.expected },
          'page copy expiry: not every instance replied in time',
        )
        done()
      }, PUBLISH_WAIT_MS)
      timer.unref()
      try {
        const listeners = await publisher.publish(channel, message)
        wait.expected = listeners
        if (wait.heard >= listeners) done()
        await heard
      } catch (error) {
        log.warn({ err: error }, 'page copy expiry not sent')
      } finally {
        clearTimeout(timer)
        waiting.delete(message)
      }
    },
    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()])
    },
  }
}
