import { type Locale } from '../../i18n/locales'
import { type Href, localizedPath } from '../../i18n/pathnames'
import { translations } from '../../seed/translations'

/** A seeded document's slug in `locale`, as the translators wrote it. */
const slugIn = (locale: Locale, kind: 'pressReleases' | 'pages', english: string) =>
  locale === 'en' ? english : translations[locale][kind][english].slug

const page = (english: string) => (l: Locale) =>
  ({ pathname: '/[slug]', params: { slug: slugIn(l, 'pages', english) } }) as const

/** One address of every page type, at its own address in each locale (no redirect to follow). */
export const pageTypes: Record<string, (locale: Locale) => Href | string> = {
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
  contact: () => '/contact',
  search: () => '/search',
}

/** The path of a page type in `locale`, with the search page asked for something. */
export function pathOf(locale: Locale, href: Href | string) {
  const path = localizedPath(locale, href as Href)
  return href === '/search' ? `${path}?q=brno` : path
}

/** An address no page has, in each locale's words. */
export const missingPath = (locale: Locale) => `/${locale}/no-such-page-${locale}`
