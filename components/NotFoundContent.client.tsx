'use client'

import { useClientLocale, useClientStrings } from './ClientStrings.client'

export function NotFoundContent() {
  const t = useClientStrings('NotFound')
  const locale = useClientLocale()
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
