const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  )

/** `publishedAt` is left out of the item (RSS makes it optional) while it is unconfirmed. */
export type FeedItem = {
  title: string
  url: string
  summary?: string | null
  publishedAt: string | null
}

/** An RSS 2.0 document; every text is escaped, so editors' content can never break the XML. */
export function rssFeed(feed: {
  title: string
  description: string
  url: string
  selfUrl: string
  language: string
  items: FeedItem[]
}): string {
  const items = feed.items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>${item.publishedAt ? `\n      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>` : ''}${item.summary ? `\n      <description>${escapeXml(item.summary)}</description>` : ''}
    </item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.url)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>${feed.language}</language>
    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`
}
