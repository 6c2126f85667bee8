import type { MetadataRoute } from 'next'

import { locales, type Locale } from '@/i18n/locales'
import { listForSitemap } from '@/lib/cms/sitemap'
import { type DocumentCollection, documentPrefixes } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo'

const sections = ['', '/flagships', '/members', '/partners', '/press', '/contact']

/** Every public page in every locale that has it, each with its translations as alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entry = (path: string, translated: readonly Locale[], lastModified?: string) =>
    translated.map((locale) => ({
      url: absoluteUrl(locale, path),
      lastModified,
      alternates: {
        languages: Object.fromEntries(translated.map((code) => [code, absoluteUrl(code, path)])),
      },
    }))

  const fixed = sections.flatMap((path) => entry(path, locales))
  const documents = await Promise.all(
    Object.entries(documentPrefixes).map(async ([collection, prefix]) => {
      const docs = await listForSitemap(collection as DocumentCollection)
      return docs.flatMap((doc) => entry(`${prefix}/${doc.slug}`, doc.locales, doc.updatedAt))
    }),
  )
  return [...fixed, ...documents.flat()]
}
