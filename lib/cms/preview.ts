import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { userHasRole } from '../../access/roles'
import { payloadClient } from './client'

/**
 * The editor previewing drafts, or null. Both draft mode (set only by /next/preview) and a staff
 * session are needed: draft mode alone never shows a visitor a draft. Static generation has no
 * draft mode, so `headers()` is only read in a preview request and pages stay static.
 */
export async function previewUser(): Promise<TypedUser | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return userHasRole(user, 'admin', 'editor') ? user : null
}

/**
 * Whether visitors can see this document at all: a preview of a draft that was never published
 * must not say "Published on …". Asked as a visitor would (no user).
 */
export async function isPublished(collection: 'press-releases' | 'pages', id: number | string) {
  const payload = await payloadClient()
  const { totalDocs } = await payload.count({
    collection,
    where: { id: { equals: id } },
    overrideAccess: false,
  })
  return totalDocs > 0
}
