import type { CollectionSlug, DataFromCollectionSlug, TypedUser, Where } from 'payload'

import type { Locale } from '../../i18n/locales'
import { payloadClient } from './client'
import { translatedLocales } from './translations'

export type Localized<T> = T & {
  translatedLocales: Locale[]
  /** Locales that have their own value of each `alsoProbe` field (e.g. a PDF per locale). */
  localesOf: Record<string, Locale[]>
}

type SlugCollection = Extract<
  CollectionSlug,
  'institutions' | 'flagships' | 'partners' | 'press-releases' | 'pages'
>

/**
 * One published document by slug, in `locale` with English fallback, plus the locales that truly
 * have a translation (read from `probe`, a localized field every translation fills). Public reads
 * never bypass access control, so drafts stay hidden; `draftFor` (an editor in preview) reads the
 * latest draft with that editor's rights.
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
  const where: Where = { slug: { equals: slug } }
  const access = { overrideAccess: false, ...(draftFor ? { draft: true, user: draftFor } : {}) }
  const [{ docs }, { docs: all }] = await Promise.all([
    payload.find({
      collection,
      locale,
      fallbackLocale: 'en',
      ...access,
      where,
      limit: 1,
      depth: 1,
    }),
    payload.find({
      collection,
      locale: 'all',
      ...access,
      where,
      limit: 1,
      depth: 0,
      select: Object.fromEntries([probe, ...alsoProbe].map((f) => [f, true])) as never,
    }),
  ])
  const doc = docs[0] as DataFromCollectionSlug<C> | undefined
  if (!doc) return null
  const perLocale = (all[0] ?? {}) as Record<string, unknown>
  return {
    ...doc,
    translatedLocales: translatedLocales(perLocale[probe]),
    localesOf: Object.fromEntries(alsoProbe.map((f) => [f, translatedLocales(perLocale[f])])),
  }
}

/** Every published slug of a collection: the static paths to prerender. */
export async function listSlugs(collection: SlugCollection, where?: Where): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    where,
    limit: 1000,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((doc) => (doc as { slug: string }).slug)
}
