import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { EventFacts } from '@/components/events/EventFacts'
import { LocalizedArticle } from '@/components/LocalizedArticle'
import { PreviewBar } from '@/components/PreviewBar'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/pathnames'
import { redirectToOwnSlug } from '@/lib/canonical'
import { getEvent, getEventDraft, listEventSlugs } from '@/lib/cms/events'
import { previewUser } from '@/lib/cms/preview'
import { eventJsonLd, jsonLdText } from '@/lib/events/jsonLd'
import { absoluteUrl, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return (await listEventSlugs(params.locale)).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const event = await getEvent(locale, slug)
  if (!event) return {}
  return pageMetadata({
    locale,
    href: (code) => ({ pathname: '/events/[slug]', params: { slug: event.slugs[code] } }),
    title: event.title,
    description: event.summary,
    translated: event.translatedLocales,
  })
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const editor = await previewUser()
  const [t, event] = await Promise.all([
    getTranslations('Events'),
    editor ? getEventDraft(locale, slug, editor) : getEvent(locale, slug),
  ])
  if (!event) notFound()
  redirectToOwnSlug(locale, '/events/[slug]', slug, event.slugs)
  const own = { pathname: '/events/[slug]' as const, params: { slug: event.slugs[locale] } }
  const calendar = { pathname: '/events/[slug]/calendar.ics' as const, params: own.params }
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLdText(eventJsonLd(event, absoluteUrl(locale, own), locale)),
        }}
      />
      <LocalizedArticle
        locale={locale}
        translated={event.translatedLocales}
        outdated={event.outdated}
        english={{ pathname: '/events/[slug]', params: { slug: event.slugs.en } }}
        title={event.title}
        lead={event.summary}
        body={event.body}
        before={
          <>
            {editor && <PreviewBar path={localizedPath(locale, own)} />}
            <p className="eyebrow">{t(`formats.${event.format}`)}</p>
          </>
        }
        after={
          <>
            <EventFacts event={event} locale={locale} />
            <p>
              <a href={localizedPath(locale, calendar)} type="text/calendar" download>
                {t('addToCalendar')}
              </a>
            </p>
            <p>
              <Link href="/events">{t('backToList')}</Link>
            </p>
          </>
        }
      />
    </>
  )
}
