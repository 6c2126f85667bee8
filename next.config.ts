import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'
import createNextIntlPlugin from 'next-intl/plugin'

import { locales } from './i18n/locales'
import { localizedRewrites } from './i18n/pathnames'
import { clientHintsForAdminOnly } from './lib/clientHints'
import { deploymentOptions } from './lib/deploy/nextOptions'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

// Sent with every response (site, admin, API). The Content-Security-Policy is set per HTML
// response by the production server (scripts/serve/csp.mjs): it needs the hashes of each page's
// inline scripts. `next dev` runs without it (its reloader evaluates code).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  // Only the admin's live preview frames the site, from the same origin.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
]

// Public pages may be kept by a CDN or reverse proxy for a minute and served stale for ten more
// while it refetches. Next's own header for prerendered pages (`s-maxage=31536000`) would let a CDN
// keep a page for a year after an editor changed or unpublished it: publishing expires only this
// server's cache. Requests carrying a draft-preview or staff cookie keep Next's own header.
const publicPageCaching = {
  source: `/:locale(${locales.join('|')})/:path*`,
  missing: [
    { type: 'cookie' as const, key: '__prerender_bypass' },
    { type: 'cookie' as const, key: 'payload-token' },
  ],
  headers: [
    { key: 'Cache-Control', value: 'public, max-age=0, s-maxage=60, stale-while-revalidate=600' },
  ],
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The production server compresses, after it has read each HTML body for its policy.
  compress: false,
  headers: async () => [{ source: '/:path*', headers: securityHeaders }, publicPageCaching],
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
export default function config(phase: string): NextConfig {
  const rewrites =
    phase === PHASE_DEVELOPMENT_SERVER
      ? async () => ({ beforeFiles: localizedRewrites(), afterFiles: [], fallback: [] })
      : undefined
  const payloadConfig = withPayload(withNextIntl({ ...nextConfig, rewrites }), {
    devBundleServerPackages: false,
  })
  return clientHintsForAdminOnly(payloadConfig)
}
