import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  images: { formats: ['image/avif', 'image/webp'] },
  // The contact form is the only action; nothing it accepts comes near this size.
  experimental: { serverActions: { bodySizeLimit: '64kb' } },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
