import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { localizedRewrites } from './i18n/pathnames'
import { deploymentOptions } from './lib/deploy/nextOptions'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

// Sent with every response (site, admin, API). The site's content security policy is left for
// later: static pages carry Next's inline bootstrap scripts, which need per-page hashes.
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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  // `/de/presse/x` is served by app/(frontend)/[locale]/press/[slug]; before the file system, so
  // a section's word is never taken for a page's slug.
  rewrites: async () => ({ beforeFiles: localizedRewrites(), afterFiles: [], fallback: [] }),
  images: { formats: ['image/avif', 'image/webp'] },
  // The contact form is the only action; nothing it accepts comes near this size.
  experimental: { serverActions: { bodySizeLimit: '64kb' } },
  // Standalone output (NEXT_OUTPUT) and the shared cache handler: see lib/deploy/.
  ...deploymentOptions(process.env),
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
