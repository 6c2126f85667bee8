import type { CollectionSlug, DataFromCollectionSlug, TypedUser, Where } from 'payload'

import { defaultLocale, type Locale, locales } from '../../i18n/locales'
import { payloadClient } from './client'
import { translatedLocales } from './translations'

export type Localized<T> = T & {
  translatedLocales: Locale[]
  /** Locales that have their own value of each `alsoProbe` field (e.g. a PDF per locale). */
  localesOf: Record<string, Locale[]>
  /** The document's slug in every locale (its English slug where a locale has none). */
  slugs: Record<Locale, string>
}

type SlugCollection = Extract<
  CollectionSlug,
  'institutions' | 'flagships' | 'partners' | 'press-releases' | 'pages' | 'events' | 'opportunities'
>

/** Collections whose slug is translated; the others' slugs are proper names, one for all. */
const localizedSlugs: readonly SlugCollection[] = ['pages', 'press-releases', 'events', 'opportunities']

/** Matches `slug` in any locale, so a link in another language's slug still finds the page. */
const anyLocaleSlug = (collection: SlugCollection, slug: string): Where =>
  localizedSlugs.includes(collection)
    ? { or: locales.map((locale) => ({ [`slug.${locale}`]: { equals: slug } })) }
    : { slug: { equals: slug } }

/** A slug read with `locale: 'all'` (or a plain string) as one slug per locale. */
export function slugsPerLocale(value: unknown): Record<Locale, string> {
  const perLocale = (typeof value === 'string' ? {} : (value ?? {})) as Record<string, unknown>
  const fallback = typeof value === 'string' ? value : String(perLocale[defaultLocale] ?? '')
  return Object.fromEntries(
    locales.map((locale) => {
      const own = perLocale[locale]
      return [locale, typeof own === 'string' && own ? own : fallback]
    }),
  ) as Record<Locale, string>
}

/**
 * One published document by slug, in `locale` with English fallback, plus the locales that truly
 * have a translation (read from `probe`, a localized field every translation fills) and its slug
 * in each locale. The slug may be the one of any locale: callers compare it with `slugs[locale]`
 * and redirect to the page's own address. Public reads never bypass access control, so drafts
 * stay hidden; `draftFor` (an editor in preview) reads the latest draft with that editor's rights.
 */
export async function findBySlug<C extends SlugCollection>(
  collection: C,
  locale: Locale,
  slug: string,
  probe: string,
  alsoProbe: string[] = [],
  draftFor?: TypedUser,
): Promise<Localized<DataFromCollectionSlug<C>> | null> {
  const payload = await payloadClient()
  const access = { overrideAccess: false, ...(draftFor ? { draft: true, user: draftFor } : {}) }
  const { docs: matches } = await payload.find({
    collection,
    locale: 'all',
    ...access,
    where: anyLocaleSlug(collection, slug),
    limit: 10,
    depth: 0,
    select: Object.fromEntries(['slug', probe, ...alsoProbe].map((f) => [f, true])) as never,
  })
  const all = matches.map((m) => m as unknown as Record<string, unknown> & { id: number })
  // Two documents may share a slug in different languages: this locale's own wins, then English.
  const slugsOf = (m: Record<string, unknown>) => slugsPerLocale(m.slug)
  const own = (m: Record<string, unknown>) =>
    typeof m.slug === 'string' ? m.slug : (m.slug as Record<string, unknown> | null)?.[locale]
  const match =
    all.find((m) => own(m) === slug) ??
    all.find((m) => slugsOf(m)[defaultLocale] === slug) ??
    all[0]
  if (!match) return null
  const doc = await payload.findByID({
    collection,
    id: match.id,
    locale,
    fallbackLocale: defaultLocale,
    ...access,
    depth: 1,
    disableErrors: true,
  })
  if (!doc) return null
  return {
    ...(doc as DataFromCollectionSlug<C>),
    translatedLocales: translatedLocales(match[probe]),
    localesOf: Object.fromEntries(alsoProbe.map((f) => [f, translatedLocales(match[f])])),
    slugs: slugsOf(match),
  }
}

/** Every published slug of a collection in `locale`: the static paths to prerender. */
export async function listSlugs(
  collection: SlugCollection,
  locale: Locale,
  where?: Where,
): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    locale,
    fallbackLocale: defaultLocale,
    overrideAccess: false,
    where,
    limit: 1000,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((doc) => (doc as { slug: string }).slug)
}
