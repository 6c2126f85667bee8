import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { z } from 'zod'

import { PressList, pressListPages } from '@/components/PressList'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; page: string }> }

// Page numbers are plain positive integers; anything else ("-1", "1e9", "two") is not a page.
const pageNumber = z
  .string()
  .regex(/^[1-9]\d{0,4}$/)
  .transform(Number)

export async function generateStaticParams() {
  // Older pages are rendered on first visit and then cached like the rest.
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params
  const t = await getTranslations({ locale, namespace: 'Press' })
  return pageMetadata({
    locale,
    href: { pathname: '/press/page/[page]', params: { page } },
    title: t('title'),
  })
}

export default async function PressPageN({ params }: Props) {
  const { locale, page } = await params
  setRequestLocale(locale)
  const parsed = pageNumber.safeParse(page)
  if (!parsed.success) notFound()
  if (parsed.data === 1) permanentRedirect(localizedPath(locale, '/press'))
  if (parsed.data > (await pressListPages(locale))) notFound()
  return <PressList locale={locale} page={parsed.data} />
}
