import { listSitemapParts } from '@/lib/cms/sitemap'
import { getEnv } from '@/lib/env'
import { sitemapIndexXml, xmlResponse } from '@/lib/sitemapXml'

export const dynamic = 'force-static'

/**
 * A sitemap index of parts (app/sitemaps/[part]): one document would pass the protocol's limits
 * with years of releases, and would be rebuilt whole, at once, after every publish.
 */
export async function GET() {
  const base = getEnv().serverUrl
  const parts = await listSitemapParts()
  return xmlResponse(sitemapIndexXml(parts.map((part) => `${base}/sitemaps/${part}.xml`)))
}
