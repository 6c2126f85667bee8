import { getMessages, getTranslations } from 'next-intl/server'

import type { Strings } from '@/components/ClientStrings.client'

/**
 * Flat namespaces (no arguments) formatted on the server, for client components that read them
 * through ClientStrings instead of next-intl's client provider: every message handed to the
 * client is serialized into each page's HTML, and the provider brings its formatter along.
 */
export async function clientStrings(...namespaces: string[]): Promise<Strings> {
  const all = (await getMessages()) as Record<string, Record<string, unknown>>
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const t = await getTranslations(ns as never)
      const keys = Object.keys(all[ns] ?? {})
      return [ns, Object.fromEntries(keys.map((key) => [key, t(key as never) as string]))]
    }),
  )
  return Object.fromEntries(entries)
}
