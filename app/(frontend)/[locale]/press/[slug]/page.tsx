import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'

import { CmsImage } from '@/components/CmsImage'
import { LocalizedArticle } from '@/components/LocalizedArticle'
import { PdfDownload } from '@/components/PdfDownload'
import { PreviewBar } from '@/components/PreviewBar'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { redirectToOwnSlug } from '@/lib/canonical'
import { isPublished, previewUser } from '@/lib/cms/preview'
import { getPressRelease, getPressReleaseDraft, listPressSlugs } from '@/lib/cms/pressReleases'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return (await listPressSlugs(params.locale)).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const release = await getPressRelease(locale, slug)
  if (!release) return {}
  return pageMetadata({
    locale,
    href: (code) => ({ pathname: '/press/[slug]', params: { slug: release.slugs[code] } }),
    title: release.meta?.title || release.title,
    description: release.meta?.description || release.summary,
    translated: release.translatedLocales,
  })
}

export default async function PressReleasePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const editor = await previewUser()
  const [t, format, release] = await Promise.all([
    getTranslations('Press'),
    getFormatter(),
    editor ? getPressReleaseDraft(locale, slug, editor) : getPressRelease(locale, slug),
  ])
  if (!release) notFound()
  redirectToOwnSlug(locale, '/press/[slug]', slug, release.slugs)
  // A date no editor has confirmed is not shown as a fact (the admin marks it unconfirmed).
  // Only in a preview can the document be unpublished; then its date is a plan, not a fact.
  const published = !editor || (await isPublished('press-releases', release.id))
  const date = (release.dateConfirmed || !published) && (
    <p className="eyebrow">
      <time dateTime={release.publishedAt}>
        {t(published ? 'published' : 'notPublished', {
          date: format.dateTime(new Date(release.publishedAt), { dateStyle: 'long' }),
        })}
      </time>
    </p>
  )
  return (
    <LocalizedArticle
      locale={locale}
      translated={release.translatedLocales}
      outdated={release.outdated}
      english={{ pathname: '/press/[slug]', params: { slug: release.slugs.en } }}
      title={release.title}
      lead={release.summary}
      body={release.body}
      before={
        <>
          {editor && (
            <PreviewBar
              path={localizedPath(locale, { pathname: '/press/[slug]', params: { slug } })}
            />
          )}
          {date}
          <CmsImage media={release.heroImage} priority />
        </>
      }
      after={
        <>
          <PdfDownload
            file={release.pdf}
            locale={locale}
            fileLocale={release.localesOf.pdf.includes(locale) ? locale : 'en'}
          />
          <p>
            <Link href="/press">{t('backToList')}</Link>
          </p>
        </>
      }
    />
  )
}
