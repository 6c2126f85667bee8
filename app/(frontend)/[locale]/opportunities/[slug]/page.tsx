import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { OpportunityFacts } from '@/components/opportunities/OpportunityFacts'
import { LocalizedArticle } from '@/components/LocalizedArticle'
import { PreviewBar } from '@/components/PreviewBar'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { redirectToOwnSlug } from '@/lib/canonical'
import { getOpportunity, getOpportunityDraft, listOpportunitySlugs } from '@/lib/cms/opportunities'
import { previewUser } from '@/lib/cms/preview'
import { jsonLdText } from '@/lib/events/jsonLd'
import { courseJsonLd } from '@/lib/opportunities/jsonLd'
import { absoluteUrl, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return (await listOpportunitySlugs(params.locale)).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const item = await getOpportunity(locale, slug)
  if (!item) return {}
  return pageMetadata({
    locale,
    href: (code) => ({ pathname: '/opportunities/[slug]', params: { slug: item.slugs[code] } }),
    title: item.title,
    description: item.summary,
    translated: item.translatedLocales,
  })
}

export default async function OpportunityPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const editor = await previewUser()
  const [t, meta, item] = await Promise.all([
    getTranslations('Opportunities'),
    getTranslations('Metadata'),
    editor ? getOpportunityDraft(locale, slug, editor) : getOpportunity(locale, slug),
  ])
  if (!item) notFound()
  redirectToOwnSlug(locale, '/opportunities/[slug]', slug, item.slugs)
  const own = { pathname: '/opportunities/[slug]' as const, params: { slug: item.slugs[locale] } }
  // The page is rendered again when the deadline passes (jobs/expireAtDeadline.ts).
  const closed =
    item.applicationDeadline != null && new Date(item.applicationDeadline) <= new Date()
  const course = courseJsonLd(item, absoluteUrl(locale, own), locale, {
    name: meta('siteName'),
    url: absoluteUrl(locale, '/'),
  })
  return (
    <>
      {course ? (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonLdText(course) }}
        />
      ) : null}
      <LocalizedArticle
        locale={locale}
        translated={item.translatedLocales}
        title={item.title}
        lead={item.summary}
        body={item.body}
        before={
          <>
            {editor && <PreviewBar path={localizedPath(locale, own)} />}
            <p className="eyebrow">{t(`kinds.${item.kind}`)}</p>
          </>
        }
        after={
          <>
            <OpportunityFacts item={item} locale={locale} closed={closed} />
            <p>
              <Link href={closed ? '/opportunities/past' : '/opportunities'}>
                {closed ? t('pastTitle') : t('backToList')}
              </Link>
            </p>
          </>
        }
      />
    </>
  )
}
