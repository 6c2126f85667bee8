import type { NextConfig } from 'next'

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

/**
 * withPayload asks for the colour-scheme client hint on every path (`/:path*`), with
 * `Critical-CH`: only the admin reads it (to render its theme without a flash), but on a public
 * page Chromium drops a visitor's first response and asks again with the hint, a second round
 * trip before anything shows (payloadcms/payload#17906, open). Here the rule applies to the admin
 * only; every other header rule is left as it is.
 */
export function clientHintsForAdminOnly(config: NextConfig, adminRoute = '/admin'): NextConfig {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    headers: async () =>
      (await headers()).map((rule) =>
        asksForHints(rule) ? { ...rule, source: `${adminRoute}/:path*` } : rule,
      ),
  }
}

const asksForHints = (rule: HeaderRule) =>
  rule.headers.some(({ key }) => ['accept-ch', 'critical-ch'].includes(key.toLowerCase()))
