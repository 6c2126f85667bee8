import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'

import { FallbackNotice, isFallback } from './FallbackNotice'
import { PageIntro } from './PageIntro'
import { RichText } from './RichText'

/**
 * A document's page: title, lead and body. When the visitor's locale has no translation, the
 * notice says so and the English text is marked `lang="en"` for screen readers and search.
 */
export function LocalizedArticle({
  locale,
  translated,
  title,
  lead,
  body,
  before,
  after,
  titleLang,
}: {
  locale: Locale
  translated: readonly Locale[]
  title: string
  titleLang?: string
  lead?: string | null
  body?: unknown
  before?: ReactNode
  after?: ReactNode
}) {
  const fallback = isFallback(locale, translated)
  const lang = fallback ? 'en' : undefined
  return (
    <article>
      <PageIntro title={title} lead={lead} lang={lang} titleLang={titleLang}>
        {fallback ? <FallbackNotice locale={locale} /> : null}
        {before}
      </PageIntro>
      <div className="container narrow section">
        <div lang={lang}>
          <RichText data={body} />
        </div>
        {after}
      </div>
    </article>
  )
}
