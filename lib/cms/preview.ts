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
