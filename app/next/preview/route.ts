import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { userHasRole } from '@/access/roles'
import { isPreviewablePath, isPreviewToken } from '@/lib/preview'

/**
 * Turns on draft mode for a signed-in editor and opens the page: the admin's Preview button and
 * the live-preview frame come here. Visitors (no staff session, or an unsigned path) get 403.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path') ?? ''
  if (!isPreviewablePath(path) || !isPreviewToken(path, url.searchParams.get('token')))
    return new Response(null, { status: 403 })
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!userHasRole(user, 'admin', 'editor')) return new Response(null, { status: 403 })
  ;(await draftMode()).enable()
  return new Response(null, { status: 307, headers: { location: path } })
}
