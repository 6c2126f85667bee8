import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * The 404 page of a locale as a static page, complete in its HTML. Next serves a `notFound()`
 * below a dynamic root layout as an empty `__next_error__` document filled in by JavaScript
 * (vercel/next.js#62228, open); the production server answers such a 404 with this page's HTML
 * and status 404 instead (scripts/serve/notFound.mjs). The layout's not-found.tsx still shows
 * during client-side navigation. Asked for by its own address from outside, it is a 404 too.
 */
export default async function PageNotFound({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('NotFound')
  return (
    <section className="container page-intro not-found">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <a href={`/${locale}`} className="button">
          {t('home')}
        </a>
      </p>
    </section>
  )
}
