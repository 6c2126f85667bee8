import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { listPressReleases } from '@/lib/cms/pressReleases'

import { PressCard } from './Cards'
import { PageIntro } from './PageIntro'

const pageHref = (page: number) =>
  page === 1 ? ('/press' as const) : { pathname: '/press/page/[page]' as const, params: { page } }

/** One page of the press list, newest first, with links to the neighbouring pages. */
export async function PressList({ locale, page }: { locale: Locale; page: number }) {
  const [t, result] = await Promise.all([getTranslations('Press'), listPressReleases(locale, page)])
  return (
    <>
      <PageIntro title={t('title')} lead={t('description')} />
      <div className="container narrow section">
        {result.docs.length === 0 ? <p>{t('empty')}</p> : null}
        <ol className="plain-list stack">
          {result.docs.map((release) => (
            <li key={release.id}>
              <PressCard release={release} headingLevel={2} />
            </li>
          ))}
        </ol>
        {result.totalPages > 1 ? (
          <nav aria-label={t('pagination')} className="pagination">
            {result.hasPrevPage && result.prevPage ? (
              <Link href={pageHref(result.prevPage)} rel="prev">
                {t('previous')}
              </Link>
            ) : null}
            <span aria-current="page">{t('pageOf', { page, total: result.totalPages })}</span>
            {result.hasNextPage && result.nextPage ? (
              <Link href={pageHref(result.nextPage)} rel="next">
                {t('next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </div>
    </>
  )
}

export async function pressListPages(locale: Locale): Promise<number> {
  return (await listPressReleases(locale, 1)).totalPages
}
