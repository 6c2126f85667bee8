import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

import { LanguageSwitcher } from './LanguageSwitcher.client'

export const navigation = [
  ['mission', '/mission-statement'],
  ['flagships', '/flagships'],
  ['members', '/members'],
  ['partners', '/partners'],
  ['press', '/press'],
  ['contact', '/contact'],
] as const

export async function Header() {
  const t = await getTranslations('Navigation')
  const layout = await getTranslations('Layout')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand" aria-label={layout('homeLink')}>
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
        <LanguageSwitcher />
      </div>
    </header>
  )
}
