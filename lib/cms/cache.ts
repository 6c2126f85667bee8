import { unstable_cache } from 'next/cache'

import { tagFor } from '../cacheTags'

/**
 * Caches a read across requests and builds under the tags of every collection/global it reads,
 * so publishing expires exactly the pages that show that content. Outside Next.js (tests,
 * scripts) there is no cache to fill and the read runs directly.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  sources: string[],
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return taggedRead(name, () => sources.map(tagFor), read)
}

/**
 * As `cachedRead`, with tags that depend on the arguments (one document, one list page), for
 * content large enough that a publish must not expire all of a collection's pages.
 */
export function taggedRead<Args extends unknown[], Result>(
  name: string,
  tags: (...args: Args) => string[],
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  if (process.env.NODE_ENV === 'test') return read
  return (...args) => unstable_cache(read, ['cms', name], { tags: tags(...args) })(...args)
}
