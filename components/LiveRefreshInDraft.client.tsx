'use client'

import dynamic from 'next/dynamic'

// Only draft preview renders this; the live-preview client (Payload's) is then fetched as its own
// chunk instead of sitting in the first-load JavaScript of every visitor of the page.
// https://nextjs.org/docs/app/guides/lazy-loading#nextdynamic
const LiveRefresh = dynamic(() => import('./LiveRefresh.client').then((m) => m.LiveRefresh), {
  ssr: false,
})

export function LiveRefreshInDraft({ serverUrl }: { serverUrl: string }) {
  return <LiveRefresh serverUrl={serverUrl} />
}
