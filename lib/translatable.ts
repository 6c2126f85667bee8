import {
  type TranslatableCollection,
  type TranslatableGlobal,
  translatableCollections as collectionTargets,
  translatableGlobals as globalTargets,
} from './translation/targets'

export type { TranslatableCollection, TranslatableGlobal }

/**
 * The documents translators and agencies work on: their localized fields are what XLIFF exports
 * and what the term base checks. The same list as the translation workflow's
 * (./translation/targets.ts), so a collection in the workflow gets its tools too.
 */
export const translatableCollections = Object.keys(collectionTargets) as TranslatableCollection[]
export const translatableGlobals = Object.keys(globalTargets) as TranslatableGlobal[]

export type Translatable = TranslatableCollection | TranslatableGlobal

export const isTranslatableCollection = (slug: unknown): slug is TranslatableCollection =>
  (translatableCollections as readonly unknown[]).includes(slug)
export const isTranslatableGlobal = (slug: unknown): slug is TranslatableGlobal =>
  (translatableGlobals as readonly unknown[]).includes(slug)
