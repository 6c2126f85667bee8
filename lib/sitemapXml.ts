/** The sitemap protocol's XML (sitemaps.org 0.9) with hreflang alternates (Google's xhtml:link). */
export type SitemapEntry = {
  url: string
  lastModified?: string
  /** The page's address in each locale that has it, its own included. */
  alternates: Record<string, string>
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  )

export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = Object.entries(entry.alternates).map(
      ([code, href]) =>
        `<xhtml:link rel="alternate" hreflang="${escape(code)}" href="${escape(href)}" />`,
    )
    const lastmod = entry.lastModified ? `<lastmod>${escape(entry.lastModified)}</lastmod>` : ''
    return `<url>\n<loc>${escape(entry.url)}</loc>\n${links.join('\n')}\n${lastmod}</url>`
  })
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  )
}

export function sitemapIndexXml(locations: string[]): string {
  const items = locations.map((loc) => `<sitemap><loc>${escape(loc)}</loc></sitemap>`)
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    items.join('\n') +
    '\n</sitemapindex>\n'
  )
}

export const xmlResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
