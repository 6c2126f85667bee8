/** Where each collection's documents are on the public site, below the locale prefix. */
export const documentPrefixes = {
  pages: '',
  flagships: '/flagships',
  institutions: '/members',
  'press-releases': '/press',
} as const

export type DocumentCollection = keyof typeof documentPrefixes

/** A document's path below the locale; partners have no page of their own, only the list. */
export function documentPath(collection: string, slug: string): string {
  if (collection in documentPrefixes)
    return `${documentPrefixes[collection as DocumentCollection]}/${slug}`
  return collection === 'partners' ? '/partners' : '/'
}
