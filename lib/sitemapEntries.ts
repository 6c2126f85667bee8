import type { Href } from '../i18n/pathnames'
import { type Locale, locales } from '../i18n/locales'
import {
  listForSitemap,
  listPressForSitemap,
  type SiteCollection,
  type SitemapDoc,
} from './cms/sitemap'
import { documentHref } from './paths'
import { absoluteUrl } from './seo'
import type { SitemapEntry } from './sitemapXml'

const sections: Href[] = [
  '/',
  '/flagships',
  '/members',
  '/partners',
  '/press',
  '/events',
  '/events/past',
  '/opportunities',
  '/opportunities/past',
  '/contact',
]
const siteCollections: SiteCollection[] = [
  'pages',
  'flagships',
  'institutions',
  'events',
  'opportunities',
]

/** A page in every locale that has it, at its localized address, with its translations. */
function entries(
  href: (locale: Locale) => Href,
  translated: readonly Locale[],
  lastModified?: string,
): SitemapEntry[] {
  const alternates = Object.fromEntries(
    translated.map((code) => [code, absoluteUrl(code, href(code))]),
  )
  return translated.map((locale) => ({ url: alternates[locale], lastModified, alternates }))
}

const documentEntries = (collection: string, docs: SitemapDoc[]) =>
  docs.flatMap((doc) =>
    entries((locale) => documentHref(collection, doc.slugs[locale]), doc.locales, doc.updatedAt),
  )

/** The `site` part: the sections, free pages, flagships, members, events and opportunities. */
export async function siteEntries(): Promise<SitemapEntry[]> {
  const fixed = sections.flatMap((section) => entries(() => section, locales))
  const documents = await Promise.all(
    siteCollections.map(async (c) => documentEntries(c, await listForSitemap(c))),
  )
  return [...fixed, ...documents.flat()]
}

/** A `press-<month>[-<n>]` part: that month's releases (its n-th thousand). */
export async function pressEntries(month: string, part: number): Promise<SitemapEntry[]> {
  return documentEntries('press-releases', await listPressForSitemap(month, part))
}
