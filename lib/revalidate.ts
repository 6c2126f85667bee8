import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { tagFor } from './cacheTags'
import { getEnv } from './env'
import { metrics } from './metrics.mjs'

export { tagFor }

// Where Next cannot expire tags in-process: outside a request (scripts, jobs on a timer) and
// while a server component renders (the admin saves some documents during render).
const CANNOT_EXPIRE_HERE = ['static generation store missing', "can't be called during render"]

/** Proves a revalidation request comes from a process that holds the app's secret. */
export const revalidationToken = (secret = getEnv().payloadSecret) =>
  createHmac('sha256', secret).update('heroes:revalidate').digest('hex')

export function isRevalidationToken(candidate: string | null): boolean {
  if (!candidate) return false
  const expected = Buffer.from(revalidationToken())
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Expires the tags in this Next.js server's cache; false when Next cannot do it from here. */
export function expireTags(tags: string[]): boolean {
  try {
    // expire: 0 drops entries now: the next visitor gets fresh content, never a stale page.
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    metrics().revalidations.inc(tags.length)
    return true
  } catch (error) {
    if (CANNOT_EXPIRE_HERE.some((reason) => String(error).includes(reason))) return false
    throw error
  }
}

/**
 * Expires cached pages that read the given collections/globals, in every locale. Inside the
 * server (admin, REST) that is direct; from another process (a script, the local API in a job)
 * the running server is asked through its authenticated `/api/revalidate` endpoint. Seeds pass
 * `context.disableRevalidate`. A failure is logged, never thrown: content is saved either way.
 */
export async function revalidateContent(req: PayloadRequest, ...slugs: string[]): Promise<void> {
  await revalidateTags(req, slugs.map(tagFor))
}

/** As `revalidateContent`, for exact tags (lib/cacheTags.ts). */
export async function revalidateTags(req: PayloadRequest, tags: string[]): Promise<void> {
  if (req.context?.disableRevalidate || tags.length === 0 || expireTags(tags)) return
  if (getEnv().nodeEnv === 'test') return
  const url = `${getEnv().serverUrl}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-token': revalidationToken() },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
  } catch (error) {
    req.payload.logger.warn(`Could not ask ${url} to refresh ${tags.join(', ')}: ${String(error)}`)
  }
}
