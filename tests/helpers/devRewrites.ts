import {
  getRewrittenUrl,
  unstable_getResponseFromNextConfig as throughConfig,
} from 'next/experimental/testing/server'

import { localizedRewrites } from '@/i18n/pathnames'

const nextConfig = {
  rewrites: async () => ({ beforeFiles: localizedRewrites(), afterFiles: [], fallback: [] }),
}

/** Where `next dev`'s rewrites (next.config.ts) send `path`, through Next's own matching. */
export async function throughRewrites(path: string): Promise<string> {
  const rewritten = getRewrittenUrl(
    await throughConfig({ url: `http://localhost${path}`, nextConfig }),
  )
  return rewritten ? new URL(rewritten).pathname + new URL(rewritten).search : path
}
