import { draftMode } from 'next/headers'

import { isPreviewablePath } from '@/lib/preview'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path') ?? ''
  return new Response(null, {
    status: 307,
    headers: { location: isPreviewablePath(path) ? path : '/' },
  })
}
