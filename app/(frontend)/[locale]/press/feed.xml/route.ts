import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { isLocale, locales } from '@/i18n/locales'
import { listPressReleases } from '@/lib/cms/pressReleases'
import { rssFeed } from '@/lib/rss'
import { absoluteUrl } from '@/lib/seo'

export const dynamic = 'force-static'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

/** The newest press releases of one language as RSS 2.0. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [t, { docs }] = await Promise.all([
    getTranslations({ locale, namespace: 'Press' }),
    listPressReleases(locale, 1),
  ])
  const xml = rssFeed({
    title: t('feedTitle'),
    description: t('description'),
    url: absoluteUrl(locale, '/press'),
    selfUrl: absoluteUrl(locale, '/press/feed.xml'),
    language: locale,
    items: docs.map((doc) => ({
      title: doc.title,
      url: absoluteUrl(locale, { pathname: '/press/[slug]', params: { slug: doc.slug ?? '' } }),
      summary: doc.summary,
      publishedAt: doc.dateConfirmed ? doc.publishedAt : null,
    })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
