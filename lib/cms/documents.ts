import type { CollectionSlug, DataFromCollectionSlug, TypedUser, Where } from 'payload'

import { defaultLocale, type Locale, locales } from '../../i18n/locales'
import { payloadClient } from './client'
import { servedLocales, visitorStatesOf, workflowSelect } from '../translation'
import { keptApproval, withText } from '../translation/approvedText'
import { pageLocales, translatedLocales } from './translations'

export type Localized<T> = T & {
  /** Locales whose own, approved text visitors get (English always). */
  translatedLocales: Locale[]
  /** This locale's approved translation is older than the English text (a note links to it). */
  outdated: boolean
  /** Locales that have their own value of each `alsoProbe` field (e.g. a PDF per locale). */
  localesOf: Record<string, Locale[]>
  /** The document's slug in every locale (its English slug where a locale has none). */
  slugs: Record<Locale, string>
}

type SlugCollection = Extract<
  CollectionSlug,
  | 'institutions'
  | 'flagships'
  | 'partners'
  | 'press-releases'
  | 'pages'
  | 'events'
  | 'opportunities'
>

/** Collections whose slug is translated; the others' slugs are proper names, one for all. */
const localizedSlugs: readonly SlugCollection[] = [
  'pages',
  'press-releases',
  'events',
  'opportunities',
]

/**
 * Which documents have `slug`: in `locale` first, then English, then any other locale (a link
 * in another language's slug still finds the page). One locale at a time, so each query is an
 * indexed lookup; `or` over every locale's slug joined the translations table once per locale
 * and read every document (50 ms at 1,000 releases, growing with the archive).
 */
async function slugMatches(
  collection: SlugCollection,
  locale: Locale,
  slug: string,
  access: object,
): Promise<Where | null> {
  if (!localizedSlugs.includes(collection)) return { slug: { equals: slug } }
  const payload = await payloadClient()
  const order = [
    locale,
    defaultLocale,
    ...locales.filter((l) => l !== locale && l !== defaultLocale),
  ]
  for (const code of new Set(order)) {
    const { docs } = await payload.find({
      collection,
      locale: code,
      ...access,
      where: { slug: { equals: slug } },
      limit: 10,
      depth: 0,
      pagination: false,
      select: { slug: true } as never,
    })
    if (docs.length) return { id: { in: docs.map((doc) => (doc as { id: number | string }).id) } }
  }
  return null
}

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
  const where = await slugMatches(collection, locale, slug, access)
  if (!where) return null
  const { docs: matches } = await payload.find({
    collection,
    locale: 'all',
    ...access,
    where,
    limit: 10,
    depth: 0,
    select: {
      ...Object.fromEntries(['slug', probe, ...alsoProbe].map((f) => [f, true])),
      ...workflowSelect(collection),
    } as never,
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
  // Visitors get a translation once it is approved for its language (lib/translation); until then
  // the English text, as for a missing one, or the text approved before a re-edit. A preview
  // shows the draft text as it is.
  const states = visitorStatesOf(collection, match)
  const approved = draftFor ? locales : servedLocales(states)
  const translated = pageLocales(match[probe]).filter((l) => approved.includes(l))
  const slugs = Object.fromEntries(
    Object.entries(slugsOf(match)).map(([l, s]) => [
      l,
      translated.includes(l as Locale) ? s : slugsOf(match)[defaultLocale],
    ]),
  ) as Record<Locale, string>
  const doc = await payload.findByID({
    collection,
    id: match.id,
    locale: approved.includes(locale) ? locale : defaultLocale,
    fallbackLocale: defaultLocale,
    ...access,
    depth: 1,
    disableErrors: true,
  })
  if (!doc) return null
  const kept = draftFor ? undefined : keptApproval(match.translationApproval, locale)
  const served = kept
    ? withText(payload.collections[collection].config.flattenedFields, doc as never, kept.text)
    : doc
  return {
    ...(served as DataFromCollectionSlug<C>),
    translatedLocales: translated,
    outdated: !draftFor && states[locale] === 'outdated',
    localesOf: Object.fromEntries(
      alsoProbe.map((f) => [f, translatedLocales(match[f]).filter((l) => approved.includes(l))]),
    ),
    slugs,
  }
}

const SLUG_PAGE = 1000

/** Every published slug of a collection in `locale`, read a thousand at a time. */
export async function listSlugs(
  collection: SlugCollection,
  locale: Locale,
  where?: Where,
): Promise<string[]> {
  const payload = await payloadClient()
  const slugs: string[] = []
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection,
      locale,
      fallbackLocale: defaultLocale,
      overrideAccess: false,
      where,
      limit: SLUG_PAGE,
      page,
      depth: 0,
      sort: 'id',
      select: { slug: true },
    })
    slugs.push(...docs.map((doc) => (doc as { slug: string }).slug))
    if (!hasNextPage) return slugs
  }
}
