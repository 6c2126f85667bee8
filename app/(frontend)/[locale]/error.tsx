'use client'

import { useClientStrings } from '@/components/ClientStrings.client'

/** Shown when a page cannot be rendered (the database is away, say); the layout stays. */
export default function ErrorPage({ reset }: { reset: () => void }) {
  const t = useClientStrings('Error')
  return (
    <section className="container page-intro not-found" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <button type="button" className="button" onClick={reset}>
        {t('retry')}
      </button>
    </section>
  )
}
