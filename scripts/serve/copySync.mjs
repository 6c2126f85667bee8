// The page copies (./pageCopy.mjs) of every instance sharing one Redis: an expiry on one instance
// (a publish lands on A) is published on a channel, and every other instance drops its copies when
// it hears it. An instance that cannot hear the channel (Redis away, reconnecting) keeps no
// copies at all, so a publish it missed cannot be hidden by one; it serves through Next, which
// itself renders every page while Redis is away (lib/deploy/sharedCacheHealth.mjs).
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
  // Each instance ignores its own messages: it dropped its copies before it sent them.
  const self = randomUUID()
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
      subscriber.subscribe(channel, (message) => {
        if (message !== self) copies.expire()
      }),
    )
    .then(() => {
      subscribed = true
      listening = true
      copies.setEnabled(true)
    })
    .catch(deaf)
  publisher.connect().catch(() => {})

  return {
    /** Tells the other instances (waits at most half a second: a publish is not held up). */
    async announce() {
      if (!publisher.isReady) return
      await Promise.race([
        publisher
          .publish(channel, self)
          .catch((error) => log.warn({ err: error }, 'page copy expiry not sent')),
        new Promise((resolve) => setTimeout(resolve, PUBLISH_WAIT_MS).unref()),
      ])
    },
    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()])
    },
  }
}
