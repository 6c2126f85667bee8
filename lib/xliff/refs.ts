import {
  isTranslatableCollection,
  isTranslatableGlobal,
  type TranslatableCollection,
  type TranslatableGlobal,
} from '../translatable'

/** A translatable document: one of a collection's, or a global. */
export type DocRef =
  { collection: TranslatableCollection; id: string } | { global: TranslatableGlobal }

/** `press-releases/12`, `globals/home`: how a document is named in requests and in XLIFF files. */
export const refName = (ref: DocRef): string =>
  'global' in ref ? `globals/${ref.global}` : `${ref.collection}/${ref.id}`

/** A document's name back as a reference, or null when it names no translatable document. */
export function parseRef(name: string): DocRef | null {
  const match = /^([a-z-]{1,40})\/([A-Za-z0-9-]{1,40})$/.exec(name)
  if (!match) return null
  const [, first, second] = match
  if (first === 'globals') return isTranslatableGlobal(second) ? { global: second } : null
  return isTranslatableCollection(first) ? { collection: first, id: second } : null
}
