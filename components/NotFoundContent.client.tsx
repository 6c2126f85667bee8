'use client'

import { useLocale, useTranslations } from 'next-intl'

export function NotFoundContent() {
  const t = useTranslations('NotFound')
  const locale = useLocale()
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
