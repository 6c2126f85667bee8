import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { LocalizedArticle } from '@/components/LocalizedArticle'
import { PreviewBar } from '@/components/PreviewBar'
import type { Locale } from '@/i18n/locales'
import { getPage, getPageDraft, listPageSlugs } from '@/lib/cms/pages'
import { previewUser } from '@/lib/cms/preview'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateStaticParams() {
  return (await listPageSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await getPage(locale, slug)
  if (!page) return {}
  return pageMetadata({
    locale,
    path: `/${slug}`,
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
  return (
    <LocalizedArticle
      locale={locale}
      translated={page.translatedLocales}
      title={page.title}
      lead={page.intro}
      body={page.body}
      before={editor && <PreviewBar path={`/${locale}/${slug}`} />}
    />
  )
}
