import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MemberCard } from '@/components/Cards'
import { MembersMap } from '@/components/MembersMap'
import { PageIntro } from '@/components/PageIntro'
import type { Locale } from '@/i18n/locales'
import { listMembers } from '@/lib/cms/institutions'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Members' })
  return pageMetadata({
    locale,
    href: '/members',
    title: t('title'),
    description: t('description'),
  })
}

export default async function MembersPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, members] = await Promise.all([getTranslations('Members'), listMembers(locale)])
  return (
    <>
      <PageIntro title={t('title')} lead={t('description')} />
      <div className="container section members-layout">
        <MembersMap members={members} />
        <section aria-labelledby="members-list">
          <h2 id="members-list">{t('listTitle')}</h2>
          <ol className="member-list">
            {members.map((member) => (
              <li key={member.id}>
                <MemberCard member={member} />
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  )
}
