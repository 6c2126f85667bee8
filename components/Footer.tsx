import { useLocale, useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'
import { localizedPath } from '@/i18n/pathnames'
import { pageHref, type PageSlugs } from '@/lib/cms/pageHref'

import { EuEmblem } from './EuEmblem'

/** `pages`: the CMS pages' slugs in this locale (the legal pages are among them). */
export function Footer({ pages }: { pages: PageSlugs }) {
  const t = useTranslations('Footer')
  const locale = useLocale()
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="funding">
          <EuEmblem />
          <div>
            <p className="funding__statement">{t('fundedBy')}</p>
            <p className="funding__disclaimer">{t('disclaimer')}</p>
          </div>
        </div>
        <nav aria-label={t('legal')}>
          <ul className="footer-links">
            <li>
              <Link href={pageHref(pages, 'privacy')}>{t('privacy')}</Link>
            </li>
            <li>
              <Link href={pageHref(pages, 'accessibility-statement')}>{t('accessibility')}</Link>
            </li>
            <li>
              <Link href={pageHref(pages, 'legal-notice')}>{t('legalNotice')}</Link>
            </li>
            <li>
              <a href={localizedPath(locale, '/press/feed.xml')} type="application/rss+xml">
                {t('rss')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
