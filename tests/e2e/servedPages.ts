import { type Locale } from '../../i18n/locales'
import { type Href, localizedPath } from '../../i18n/pathnames'
import { translations } from '../../seed/translations'
import { sampleEventFilter, sampleEvents, sampleText } from '../helpers/sampleEvents'
import { sampleOpportunity, sampleOpportunityFilter } from '../helpers/sampleOpportunities'

/** A seeded document's slug in `locale`, as the translators wrote it. */
const slugIn = (locale: Locale, kind: 'pressReleases' | 'pages', english: string) =>
  locale === 'en' ? english : translations[locale][kind][english].slug

const page = (english: string) => (l: Locale) =>
  ({ pathname: '/[slug]', params: { slug: slugIn(l, 'pages', english) } }) as const

/** A sample event's page (tests/e2e/fixtures/events.ts makes them: createSampleEvents). */
const event = (which: keyof typeof sampleEvents) => (l: Locale) =>
  ({
    pathname: '/events/[slug]',
    params: { slug: sampleText(sampleEvents[which], l).slug },
  }) as const

/** A page, or a page asked something (`?q=…`). */
type Address = Href | { href: Href; query: string }

/**
 * One address of every page type, at its own address in each locale (no redirect to follow).
 * The event pages need the sample events: suites reading them call createSampleEvents first.
 */
export const pageTypes: Record<string, (locale: Locale) => Address> = {
  home: () => '/',
  'mission statement': page('mission-statement'),
  approach: page('approach'),
  'privacy policy': page('privacy'),
  'legal notice': page('legal-notice'),
  'accessibility statement': page('accessibility-statement'),
  flagships: () => '/flagships',
  flagship: () => ({ pathname: '/flagships/[slug]', params: { slug: 'heroes4regions' } }),
  members: () => '/members',
  member: () => ({ pathname: '/members/[slug]', params: { slug: 'vilniaus-kolegija' } }),
  partners: () => '/partners',
  press: () => '/press',
  'press release': (l) => ({
    pathname: '/press/[slug]',
    params: { slug: slugIn(l, 'pressReleases', 'heroes-selected-as-european-university-alliance') },
  }),
  events: () => '/events',
  'events filtered': () => ({ href: '/events', query: sampleEventFilter }),
  'past events': () => '/events/past',
  event: event('upcoming'),
  'past event': event('past'),
  opportunities: () => '/opportunities',
  'opportunities filtered': () => ({ href: '/opportunities', query: sampleOpportunityFilter }),
  'past opportunities': () => '/opportunities/past',
  opportunity: (l) => ({
    pathname: '/opportunities/[slug]',
    params: {
      slug: (
        sampleOpportunity.text[l as keyof typeof sampleOpportunity.text] ??
        sampleOpportunity.text.en
      ).slug,
    },
  }),
  contact: () => '/contact',
  search: () => ({ href: '/search', query: 'q=brno' }),
}

/** The path of a page type in `locale`, with its question if it asks one. */
export function pathOf(locale: Locale, address: Address) {
  return typeof address === 'object' && 'query' in address
    ? `${localizedPath(locale, address.href)}?${address.query}`
    : localizedPath(locale, address)
}

/** An address no page has, in each locale's words. */
export const missingPath = (locale: Locale) => `/${locale}/no-such-page-${locale}`
