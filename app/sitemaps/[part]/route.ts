import { notFound } from 'next/navigation'
import { z } from 'zod'

import { pressEntries, siteEntries } from '@/lib/sitemapEntries'
import { urlsetXml, xmlResponse } from '@/lib/sitemapXml'

export const dynamic = 'force-static'

/** `site.xml`, or `press-2024-03.xml` and its continuations `press-2024-03-2.xml`… */
const partName = z.union([
  z.literal('site.xml').transform(() => ({ kind: 'site' as const })),
  z
    .string()
    .regex(/^press-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d{1,2}))?\.xml$/)
    .transform((name) => {
      const [, month, part] = /^press-(\d{4}-\d{2})(?:-(\d+))?\.xml$/.exec(name)!
      return { kind: 'press' as const, month, part: Number(part ?? 1) }
    }),
])

// The site part is built with the app; each month's part on its first request, then cached
// until a release of that month changes.
export function generateStaticParams() {
  return [{ part: 'site.xml' }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const parsed = partName.safeParse((await params).part)
  if (!parsed.success) notFound()
  const part = parsed.data
  const entries =
    part.kind === 'site' ? await siteEntries() : await pressEntries(part.month, part.part)
  if (part.kind === 'press' && entries.length === 0) notFound()
  return xmlResponse(urlsetXml(entries))
}
