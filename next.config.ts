import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'
import createNextIntlPlugin from 'next-intl/plugin'

import { localizedRewrites } from './i18n/pathnames'
import { clientHintsForAdminOnly } from './lib/clientHints'
import { deploymentOptions } from './lib/deploy/nextOptions'
import { headerRules } from './lib/responseHeaders.mjs'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The production server compresses, after it has read each HTML body for its policy.
  compress: false,
  // And tags pages with ETags, at a fraction of what Next's tagging costs (scripts/serve/etags.mjs).
  generateEtags: false,
  images: { formats: ['image/avif', 'image/webp'] },
  // The contact form is the only action; nothing it accepts comes near this size.
  experimental: {
    serverActions: { bodySizeLimit: '64kb' },
    // The client router guesses a link's route from addresses of the same shape it has seen:
    // after the header's link to the mission statement (a free page, `/pt/<slug>`) it asked for
    // `/pt/imprensa` as `[locale]/[slug]`, which the rewrite serves from `press/`, and the
    // prefetch got a 404 (vercel/next.js#97244, open). Without the guess each route's tree is
    // asked for once.
    optimisticRouting: false,
    // Each route group (pages, API, admin, feeds, preview) bundles its own copy of Payload and the
    // config (~3.5 MB of code each), and all were loaded at start. Loaded when first asked for, a
    // server that serves pages and the API holds two: 45 MB less after start (316 → 272 MB); peak
    // RSS under load is set by the garbage collector either way (docs/performance.md). The first
    // visit to the admin or a feed waits for its module.
    preloadEntriesOnStart: false,
  },
  // Standalone output (NEXT_OUTPUT) and the shared cache handler: see lib/deploy/.
  ...deploymentOptions(process.env),
}

// `/de/presse/x` is served by app/(frontend)/[locale]/press/[slug]. In production the server maps
// it before Next sees it (scripts/server.mjs, i18n/routes.mjs `folderPath`): Next matches its own
// rewrites on every request, twice, and compiles each one's pattern again each time, which cost
// a fifth of a cached page's CPU (docs/performance.md). `next dev` has no such server: there the
// same mapping is Next's rewrites, before the file system, so a section's word is never taken
// for a page's slug (tests/unit/folders.test.ts holds the two equal).
//
// The security headers and public pages' caching (lib/responseHeaders.mjs) are likewise set by
// that server in production, and are next.config rules only in `next dev`.
export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER
  const rewrites = dev
    ? async () => ({ beforeFiles: localizedRewrites(), afterFiles: [], fallback: [] })
    : undefined
  // withPayload calls `headers` whenever the key is there, even undefined.
  const headers = dev ? { headers: async () => headerRules({ production: false }) } : {}
  const payloadConfig = withPayload(withNextIntl({ ...nextConfig, rewrites, ...headers }), {
    devBundleServerPackages: false,
  })
  return clientHintsForAdminOnly(payloadConfig)
}
