import type { Block } from '../richText'

/**
 * One locale's translation of the seed content (the English source is seed/data/*.ts). Documents
 * are keyed by their English slug; `slug` is the document's URL slug in this locale (lowercase
 * ASCII, words joined by hyphens). Rich text is written as blocks, as in seed/data.
 * Arrays (home's paragraphs, goals, items…) have the English arrays' length and order.
 * Members and Site settings have no seeded text to translate (docs/content-sources.md).
 */
export interface SeedTranslation {
  flagships: Record<string, { slug: string; tagline: string; summary: string; body: Block[] }>
  partners: Record<string, { description: string }>
  pressReleases: Record<string, { slug: string; title: string; summary: string; body: Block[] }>
  pages: Record<string, { slug: string; title: string; intro?: string; body: Block[] }>
  home: {
    hero: { title: string; missionLine: string }
    purpose: {
      paragraphs: string[]
      focusIntro: string
      focus: string[]
      goals: { title: string; body: string }[]
    }
    actions: { intro: string }
    approach: { intro: string }
    superpowers: { intro: string; items: { title: string; body: string }[] }
    partners: { intro: string; otherPartners: string }
  }
}
