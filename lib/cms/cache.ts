import { unstable_cache } from 'next/cache'

import { tagFor } from '../revalidate'

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
  if (process.env.NODE_ENV === 'test') return read
  return unstable_cache(read, ['cms', name], { tags: sources.map(tagFor) })
}
