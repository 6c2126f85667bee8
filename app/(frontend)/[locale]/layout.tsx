import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { ClientStrings } from '@/components/ClientStrings.client'
import { Footer } from '@/components/Footer'
import { Header } from '@/components/Header'
import { RouterLinks } from '@/components/RouterLinks.client'
import { routing } from '@/i18n/routing'
import { clientStrings } from '@/lib/clientMessages'
import { pageSlugs } from '@/lib/cms/pages'
import { getEnv } from '@/lib/env'
import { feedAlternate } from '@/lib/seo'

import './styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return {
    metadataBase: new URL(getEnv().serverUrl),
    title: { template: t('titleTemplate', { title: '%s' }), default: t('siteName') },
    description: t('description'),
    // Pages without metadata of their own (the 404, search) still name the feed.
    alternates: { types: await feedAlternate(locale) },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, pages] = await Promise.all([getTranslations('Layout'), pageSlugs(locale)])
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* Not next-intl's client provider: its formatter would be first-load JS on every page. */}
        <ClientStrings locale={locale} strings={await clientStrings('Error', 'NotFound')}>
          <Header pages={pages} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <Footer pages={pages} />
        </ClientStrings>
        <RouterLinks />
      </body>
    </html>
  )
}
