import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FlagshipCard, MemberCard, PressCard } from '@/components/Cards'
import { NextEvents } from '@/components/events/NextEvents'
import { NearestDeadlines } from '@/components/opportunities/NearestDeadlines'
import { FallbackNotice, isFallback } from '@/components/FallbackNotice'
import { OutdatedNotice } from '@/components/OutdatedNotice'
import { KeyFigures } from '@/components/KeyFigures'
import { nameLang } from '@/components/ProperName'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/locales'
import { listFlagships } from '@/lib/cms/flagships'
import { getHome } from '@/lib/cms/home'
import { listMembers } from '@/lib/cms/institutions'
import { pageHref } from '@/lib/cms/pageHref'
import { pageSlugs } from '@/lib/cms/pages'
import { listPartnerGroups } from '@/lib/cms/partners'
import { listPressReleases } from '@/lib/cms/pressReleases'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const [t, home] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getHome(locale),
  ])
  return pageMetadata({
    locale,
    href: '/',
    title: t('siteName'),
    absoluteTitle: true,
    description: t('description'),
    translated: home.translatedLocales,
  })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  // Also reached by stray requests such as /favicon.ico: the layout answers 404 for those, but
  // the page renders alongside it and must not format for a locale that does not exist.
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, home, flagships, members, press, partnerGroups, pages] = await Promise.all([
    getTranslations('Home'),
    getHome(locale),
    listFlagships(locale),
    listMembers(locale),
    listPressReleases(locale, 1),
    listPartnerGroups(locale),
    pageSlugs(locale),
  ])
  const latest = press.docs[0]
  const fallback = isFallback(locale, home.translatedLocales)
  const contentLang = fallback ? 'en' : undefined
  const associated = partnerGroups.find((g) => g.kind === 'associated-hei')?.partners ?? []

  return (
    <>
      <section className="hero">
        <div className="container">
          {fallback ? <FallbackNotice locale={locale} /> : null}
          {!fallback && home.outdated ? <OutdatedNotice english="/" /> : null}
          <div lang={contentLang}>
            <h1>{home.hero.title}</h1>
            <p className="hero__lead">{home.hero.missionLine}</p>
          </div>
          <Link href={pageHref(pages, 'mission-statement')} className="button">
            {t('readMission')}
          </Link>
        </div>
      </section>

      {home.figures ? <KeyFigures locale={locale} figures={home.figures} /> : null}

      {latest ? (
        <section className="section" aria-labelledby="latest-news">
          <div className="container">
            <h2 id="latest-news">{t('latestNews')}</h2>
            <PressCard release={latest} />
            <p>
              <Link href="/press">{t('allPress')}</Link>
            </p>
          </div>
        </section>
      ) : null}

      <NextEvents locale={locale} />
      <NearestDeadlines locale={locale} />

      <section className="section section--tinted" aria-labelledby="purpose">
        <div className="container narrow" lang={contentLang}>
          <h2 id="purpose">{t('purposeTitle')}</h2>
          {home.purpose?.paragraphs?.map((p) => (
            <p key={p.id}>{p.text}</p>
          ))}
          {home.purpose?.focusIntro ? <p>{home.purpose.focusIntro}</p> : null}
          <ul>
            {home.purpose?.focus?.map((f) => (
              <li key={f.id}>{f.text}</li>
            ))}
          </ul>
          <div className="grid grid--2">
            {home.purpose?.goals?.map((goal) => (
              <article key={goal.id} className="card">
                <h3 className="card__title">{goal.title}</h3>
                <p>{goal.body}</p>
              </article>
            ))}
          </div>
        </div>
      </section>

      <section className="section" aria-labelledby="actions">
        <div className="container">
          <h2 id="actions">{t('actionsTitle')}</h2>
          {home.actions?.intro ? (
            <p className="lead" lang={contentLang}>
              {home.actions.intro}
            </p>
          ) : null}
          <div className="grid grid--3">
            {flagships.map((flagship) => (
              <FlagshipCard key={flagship.id} flagship={flagship} />
            ))}
          </div>
          {home.approach?.intro ? (
            <>
              <h2>{t('approachTitle')}</h2>
              <p lang={contentLang}>{home.approach.intro}</p>
              <Link href={pageHref(pages, 'approach')}>{t('readApproach')}</Link>
            </>
          ) : null}
        </div>
      </section>

      <section className="section section--tinted" aria-labelledby="superpowers">
        <div className="container">
          <h2 id="superpowers">{t('superpowersTitle')}</h2>
          <div lang={contentLang}>
            {home.superpowers?.intro ? <p className="lead">{home.superpowers.intro}</p> : null}
            <div className="grid grid--3">
              {home.superpowers?.items?.map((item) => (
                <article key={item.id} className="card">
                  <h3 className="card__title">{item.title}</h3>
                  <p>{item.body}</p>
                </article>
              ))}
            </div>
          </div>
        </div>
      </section>

      <section className="section" aria-labelledby="members">
        <div className="container">
          <h2 id="members">{t('membersTitle')}</h2>
          <div className="grid grid--3">
            {members.map((member) => (
              <MemberCard key={member.id} member={member} />
            ))}
          </div>
          <p>
            <Link href="/members">{t('allMembers')}</Link>
          </p>
        </div>
      </section>

      <section className="section section--tinted" aria-labelledby="partners">
        <div className="container">
          <h2 id="partners">{t('partnersTitle')}</h2>
          {home.partners?.intro ? <p lang={contentLang}>{home.partners.intro}</p> : null}
          <ul className="tag-list">
            {associated.map((partner) => (
              <li key={partner.id} lang={nameLang(locale)}>
                {partner.name}
              </li>
            ))}
          </ul>
          <Link href="/partners">{t('allPartners')}</Link>
        </div>
      </section>

      <section className="section cta" aria-labelledby="contact">
        <div className="container">
          <h2 id="contact">{t('contactTitle')}</h2>
          <p>{t('contactText')}</p>
          <Link href="/contact" className="button">
            {t('contactCta')}
          </Link>
        </div>
      </section>
    </>
  )
}
