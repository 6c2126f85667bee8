import type { CollectionSlug, GlobalSlug } from 'payload'

/**
 * What translators translate: each translatable collection and global, the localized top-level
 * fields whose changes count as a new translation (tracked), and the field every translation
 * fills, which tells a translated locale from a missing one (probe, a dotted path in globals).
 */
export type TranslatableCollection = Extract<
  CollectionSlug,
  | 'press-releases'
  | 'events'
  | 'opportunities'
  | 'pages'
  | 'institutions'
  | 'flagships'
  | 'partners'
>
export type TranslatableGlobal = Extract<GlobalSlug, 'home' | 'site'>

type Target = { tracked: string[]; probe: string; title: string; drafts: boolean }

export const translatableCollections: Record<TranslatableCollection, Target> = {
  'press-releases': {
    tracked: ['title', 'summary', 'body'],
    probe: 'title',
    title: 'title',
    drafts: true,
  },
  events: {
    tracked: ['title', 'summary', 'body', 'venue'],
    probe: 'title',
    title: 'title',
    drafts: true,
  },
  opportunities: {
    tracked: ['title', 'summary', 'body', 'eligibility', 'feeNote', 'howToApply'],
    probe: 'title',
    title: 'title',
    drafts: true,
  },
  pages: { tracked: ['title', 'intro', 'body'], probe: 'title', title: 'title', drafts: true },
  institutions: {
    tracked: ['summary', 'description'],
    probe: 'summary',
    title: 'name',
    drafts: false,
  },
  flagships: {
    tracked: ['tagline', 'summary', 'body'],
    probe: 'summary',
    title: 'title',
    drafts: false,
  },
  partners: { tracked: ['description'], probe: 'description', title: 'name', drafts: false },
}

export const translatableGlobals: Record<TranslatableGlobal, Omit<Target, 'title' | 'drafts'>> = {
  home: {
    tracked: ['hero', 'purpose', 'actions', 'approach', 'superpowers', 'partners'],
    probe: 'hero.title',
  },
  site: { tracked: ['contact'], probe: 'contact.intro' },
}

export const isTranslatableCollection = (slug: string): slug is TranslatableCollection =>
  slug in translatableCollections

/** A dotted path's value (`hero.title`) in a document read with `locale: 'all'`. */
export function valueAt(doc: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      doc,
    )
}
