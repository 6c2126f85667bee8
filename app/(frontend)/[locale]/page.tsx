import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getHome } from '@/lib/cms/home'
import { listMembers } from '@/lib/cms/institutions'

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, home, members] = await Promise.all([
    getTranslations('Home'),
    getHome(locale),
    listMembers(locale),
  ])
  return (
    <main>
      <h1>{home.hero.title}</h1>
      <p>{home.hero.missionLine}</p>
      <h2>{t('membersTitle')}</h2>
      <ul>
        {members.map((m) => (
          <li key={m.id}>{m.name}</li>
        ))}
      </ul>
    </main>
  )
}
