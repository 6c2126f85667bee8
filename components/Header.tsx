import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'

import { LanguageSwitcher } from './LanguageSwitcher.client'
import { SearchBox } from './SearchBox'

export const navigation = [
  ['mission', '/mission-statement'],
  ['flagships', '/flagships'],
  ['members', '/members'],
  ['partners', '/partners'],
  ['press', '/press'],
  ['contact', '/contact'],
] as const

export function Header() {
  const t = useTranslations('Navigation')
  const layout = useTranslations('Layout')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__name">HEROES</span>
          <span className="brand__tagline">{layout('tagline')}</span>
        </Link>
        <nav aria-label={t('label')} className="site-nav">
          <ul>
            {navigation.map(([key, href]) => (
              <li key={key}>
                <Link href={href}>{t(key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
        <LanguageSwitcher />
      </div>
    </header>
  )
}
