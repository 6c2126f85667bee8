import type { Metadata } from 'next'
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server'

import { PageIntro } from '@/components/PageIntro'
import { nameLang } from '@/components/ProperName'
import type { Locale } from '@/i18n/locales'
import { getHome } from '@/lib/cms/home'
import { listPartnerGroups } from '@/lib/cms/partners'
import { countryName } from '@/lib/format'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Partners' })
  return pageMetadata({
    locale,
    href: '/partners',
    title: t('title'),
    description: t('description'),
  })
}

export default async function PartnersPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, groups, home, current] = await Promise.all([
    getTranslations('Partners'),
    listPartnerGroups(locale),
    getHome(locale),
    getLocale(),
  ])
  const otherText = home.partners?.otherPartners
  const kinds = new Set(groups.map((g) => g.kind))
  return (
    <>
      <PageIntro title={t('title')} lead={home.partners?.intro ?? t('description')} />
      <div className="container section">
        {groups.map((group) => (
          <section
            key={group.kind}
            aria-labelledby={`partners-${group.kind}`}
            className="partner-group"
          >
            <h2 id={`partners-${group.kind}`}>{t(group.kind)}</h2>
            <ul className="grid grid--3 plain-list">
              {group.partners.map((partner) => (
                <li key={partner.id} className="card">
                  <h3 className="card__title" lang={nameLang(current)}>
                    {partner.website ? (
                      <a href={partner.website} rel="noopener">
                        {partner.name}
                      </a>
                    ) : (
                      partner.name
                    )}
                  </h3>
                  {partner.country ? (
                    <p className="card__meta">{countryName(partner.country, current)}</p>
                  ) : null}
                  {partner.description ? <p>{partner.description}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {otherText && !kinds.has('other') ? (
          <section aria-labelledby="partners-other" className="partner-group">
            <h2 id="partners-other">{t('other')}</h2>
            <p>{otherText}</p>
          </section>
        ) : null}
      </div>
    </>
  )
}
