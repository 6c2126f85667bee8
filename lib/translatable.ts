/**
 * The documents translators and agencies work on: their localized fields are what XLIFF exports
 * and what the term base checks.
 */
export const translatableCollections = [
  'press-releases',
  'events',
  'pages',
  'institutions',
  'flagships',
  'partners',
] as const
export const translatableGlobals = ['home', 'site'] as const

export type TranslatableCollection = (typeof translatableCollections)[number]
export type TranslatableGlobal = (typeof translatableGlobals)[number]
export type Translatable = TranslatableCollection | TranslatableGlobal

export const isTranslatableCollection = (slug: unknown): slug is TranslatableCollection =>
  (translatableCollections as readonly unknown[]).includes(slug)
export const isTranslatableGlobal = (slug: unknown): slug is TranslatableGlobal =>
  (translatableGlobals as readonly unknown[]).includes(slug)
