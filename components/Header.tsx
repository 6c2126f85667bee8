import { useLocale, useTranslations } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { pageHref, type PageSlugs } from '@/lib/cms/pageHref'

import { LanguageSwitcher } from './LanguageSwitcher.client'
import { SearchBox } from './SearchBox'

const sections = [
  ['flagships', '/flagships'],
  ['members', '/members'],
  ['partners', '/partners'],
  ['press', '/press'],
  ['events', '/events'],
  ['opportunities', '/opportunities'],
  ['contact', '/contact'],
] as const

/**
 * `pages`: the CMS pages' slugs in this locale (the mission statement is one). The items come in
 * the order they are placed (brand, language, search, then the sections on a row of their own),
 * so that focus follows the eye and nothing already painted moves while the rest arrives.
 */
export function Header({ pages }: { pages: PageSlugs }) {
  const t = useTranslations('Navigation')
  const layout = useTranslations('Layout')
  const switcher = useTranslations('LanguageSwitcher')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__name">HEROES</span>
          <span className="brand__tagline">{layout('tagline')}</span>
        </Link>
        <LanguageSwitcher
          current={useLocale() as Locale}
          labels={{ change: switcher('change'), label: switcher('label') }}
        />
        <SearchBox inHeader />
        <nav aria-label={t('label')} className="site-nav">
          <ul>
            <li>
              <Link href={pageHref(pages, 'mission-statement')}>{t('mission')}</Link>
            </li>
            {sections.map(([key, href]) => (
              <li key={key}>
                <Link href={href}>{t(key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
