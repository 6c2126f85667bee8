import type { MetadataRoute } from 'next'

import type { Href } from '@/i18n/pathnames'
import { locales, type Locale } from '@/i18n/locales'
import { listForSitemap } from '@/lib/cms/sitemap'
import { type DocumentCollection, documentHref, documentRoutes } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo'

const sections: Href[] = [
  '/',
  '/flagships',
  '/members',
  '/partners',
  '/press',
  '/events',
  '/events/past',
  '/contact',
]

/** Every public page in every locale that has it, at its localized address, with its translations. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entry = (
    href: (locale: Locale) => Href,
    translated: readonly Locale[],
    lastModified?: string,
  ) =>
    translated.map((locale) => ({
      url: absoluteUrl(locale, href(locale)),
      lastModified,
      alternates: {
        languages: Object.fromEntries(
          translated.map((code) => [code, absoluteUrl(code, href(code))]),
        ),
      },
    }))

  const fixed = sections.flatMap((section) => entry(() => section, locales))
  const documents = await Promise.all(
    Object.keys(documentRoutes).map(async (collection) => {
      const docs = await listForSitemap(collection as DocumentCollection)
      return docs.flatMap((doc) =>
        entry((locale) => documentHref(collection, doc.slugs[locale]), doc.locales, doc.updatedAt),
      )
    }),
  )
  return [...fixed, ...documents.flat()]
}
