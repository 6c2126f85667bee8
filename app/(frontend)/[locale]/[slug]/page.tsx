import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { Identity } from '@/components/Identity'
import { LocalizedArticle } from '@/components/LocalizedArticle'
import { PreviewBar } from '@/components/PreviewBar'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { redirectToOwnSlug } from '@/lib/canonical'
import { getSite } from '@/lib/cms/home'
import { getPage, getPageDraft, listPageSlugs } from '@/lib/cms/pages'
import { previewUser } from '@/lib/cms/preview'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return (await listPageSlugs(params.locale)).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await getPage(locale, slug)
  if (!page) return {}
  return pageMetadata({
    locale,
    href: (code) => ({ pathname: '/[slug]', params: { slug: page.slugs[code] } }),
    title: page.meta?.title || page.title,
    description: page.meta?.description || page.intro,
    translated: page.translatedLocales,
  })
}

export default async function CmsPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const editor = await previewUser()
  const page = editor ? await getPageDraft(locale, slug, editor) : await getPage(locale, slug)
  if (!page) notFound()
  redirectToOwnSlug(locale, '/[slug]', slug, page.slugs)
  const site = page.shows ? await getSite(locale) : null
  return (
    <LocalizedArticle
      locale={locale}
      translated={page.translatedLocales}
      outdated={page.outdated}
      english={{ pathname: '/[slug]', params: { slug: page.slugs.en } }}
      title={page.title}
      lead={page.intro}
      body={page.body}
      after={page.shows && site ? <Identity kind={page.shows} site={site} /> : null}
      before={
        editor && (
          <PreviewBar path={localizedPath(locale, { pathname: '/[slug]', params: { slug } })} />
        )
      }
    />
  )
}
