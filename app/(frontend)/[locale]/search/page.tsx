import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { SearchBox } from '@/components/SearchBox'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { searchParamsSchema, searchSite, type SearchHit } from '@/lib/cms/search'
import { documentHref } from '@/lib/paths'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Search' })
  // Result pages are not for search engines.
  return { title: t('title'), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const raw = await searchParams
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  const { q, page } = searchParamsSchema.parse({ q: first(raw.q) ?? '', page: first(raw.page) })
  const [t, result] = await Promise.all([getTranslations('Search'), searchSite(locale, q, page)])
  const pageHref = (n: number) => ({ pathname: '/search' as const, query: { q, page: String(n) } })

  return (
    <div className="container section">
      <h1>{t('title')}</h1>
      <SearchBox query={q} />
      <div role="status" className="search-summary">
        {result.status === 'empty' && <p>{t('empty')}</p>}
        {result.status === 'too-short' && <p>{t('tooShort')}</p>}
        {result.status === 'ok' && <p>{t('count', { count: result.total, query: q })}</p>}
      </div>
      {result.status === 'ok' && result.total === 0 && <p>{t('noResults')}</p>}
      {result.status === 'ok' && result.hits.length > 0 && (
        <ol className="search-results">
          {result.hits.map((hit: SearchHit) => (
            <li key={`${hit.collection}:${hit.id}`}>
              <p className="eyebrow">
                {t(`types.${hit.collection}` as never)}
                {hit.english && <> · {t('inEnglish')}</>}
              </p>
              <h2 lang={hit.english ? 'en' : undefined}>
                <Link href={documentHref(hit.collection, hit.slug)}>{hit.title}</Link>
              </h2>
              {hit.excerpt && <p lang={hit.english ? 'en' : undefined}>{hit.excerpt}</p>}
            </li>
          ))}
        </ol>
      )}
      {result.status === 'ok' && result.pages > 1 && (
        <nav aria-label={t('pagination')} className="pagination">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)}>{t('previous')}</Link>
          ) : (
            <span />
          )}
          <span>{t('pageOf', { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages ? (
            <Link href={pageHref(result.page + 1)}>{t('next')}</Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  )
}
