import type { CollectionSlug, Payload, RequestContext } from 'payload'

import { flagships } from './data/flagships'
import { figures, home } from './data/home'
import { institutions } from './data/institutions'
import { pages } from './data/pages'
import { partners } from './data/partners'
import { pressReleases } from './data/pressReleases'
import { site } from './data/site'
import { seedTerms } from './terms'
import { seedTranslations } from './translate'

// Seeding happens before any page is cached; it must not try to expire pages.
const context: RequestContext = { disableRevalidate: true }

export type SeedReport = Record<string, { created: number; existing: number }>

/**
 * Idempotent: creates only the documents (by slug) and globals that are missing, then only the
 * locales they have no text in, so running it again never duplicates content nor overwrites what
 * editors changed since.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = {}
  const collections: [CollectionSlug, { slug: string }[]][] = [
    ['institutions', institutions],
    ['flagships', flagships],
    ['partners', partners],
    ['press-releases', pressReleases],
    ['pages', pages],
  ]
  for (const [collection, docs] of collections) {
    report[collection] = await createMissing(payload, collection, docs)
  }
  report.home = await fillGlobalIfEmpty(payload, 'home', home, (g) => Boolean(g.hero?.title))
  // Key figures came after the first seeds: added where a home exists without them.
  report['home figures'] = await fillGlobalIfEmpty(payload, 'home', { figures }, (g) =>
    Boolean((g.figures as { students?: number } | undefined)?.students),
  )
  report.site = await fillGlobalIfEmpty(payload, 'site', site, (g) => Boolean(g.contact?.intro))
  Object.assign(report, await seedTranslations(payload))
  report.terms = await seedTerms(payload)
  return report
}

async function createMissing(
  payload: Payload,
  collection: CollectionSlug,
  docs: { slug: string }[],
) {
  const tally = { created: 0, existing: 0 }
  for (const data of docs) {
    const { totalDocs } = await payload.count({
      collection,
      // Seed documents are known by their English slug (pages and releases have one per locale).
      locale: 'en',
      where: { slug: { equals: data.slug } },
    })
    if (totalDocs > 0) {
      tally.existing += 1
      continue
    }
    await payload.create({ collection, data: data as never, locale: 'en', context })
    tally.created += 1
  }
  return tally
}

async function fillGlobalIfEmpty<G extends 'home' | 'site'>(
  payload: Payload,
  slug: G,
  data: object,
  isFilled: (current: Record<string, { [key: string]: unknown } | undefined>) => boolean,
) {
  const current = await payload.findGlobal({ slug, locale: 'en', fallbackLocale: false })
  if (isFilled(current as never)) return { created: 0, existing: 1 }
  await payload.updateGlobal({ slug, data: data as never, locale: 'en', context })
  return { created: 1, existing: 0 }
}
