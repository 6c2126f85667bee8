import { europeMapSvg } from '@/lib/europeMap'

// Rendered once at build time and served from Next's cache: the members page shows it as an
// image under its markers instead of inlining ~450 kB of outlines in its HTML and RSC payload.
// https://nextjs.org/docs/app/api-reference/file-conventions/route#segment-config-options
export const dynamic = 'force-static'

export function GET() {
  return new Response(europeMapSvg(), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      // Same bytes until the next release; a day in browsers, longer for a CDN.
      'Cache-Control': 'public, max-age=86400, s-maxage=604800, stale-while-revalidate=604800',
    },
  })
}
