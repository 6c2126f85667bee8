import { revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

/** Cache tags: one per collection or global, shared by every locale's pages that read it. */
export const tagFor = (slug: string) => `cms:${slug}`

/**
 * Expires cached pages that read the given collections/globals, in every locale. Only works
 * inside the Next.js server; seeds and scripts pass `context.disableRevalidate`, and any other
 * caller outside Next (a script, a test) has no page cache to expire in its own process.
 */
export function revalidateContent(req: PayloadRequest, ...slugs: string[]): void {
  if (req.context?.disableRevalidate) return
  for (const slug of slugs) {
    try {
      // expire: 0 drops the entry now: the next visitor gets fresh content, never a stale page.
      revalidateTag(tagFor(slug), { expire: 0 })
    } catch (error) {
      if (!String(error).includes('static generation store missing')) throw error
      req.payload.logger.debug(`revalidate ${slug}: not inside the Next.js server, skipped`)
    }
  }
}
