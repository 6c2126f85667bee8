import { useLocale, useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'

import { EuEmblem } from './EuEmblem'

export function Footer() {
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
              <Link href="/privacy">{t('privacy')}</Link>
            </li>
            <li>
              <Link href="/accessibility-statement">{t('accessibility')}</Link>
            </li>
            <li>
              <Link href="/legal-notice">{t('legalNotice')}</Link>
            </li>
            <li>
              <a href={`/${locale}/press/feed.xml`} type="application/rss+xml">
                {t('rss')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
