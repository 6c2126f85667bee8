'use client'

import { createContext, type ReactNode, useContext } from 'react'

import type { Locale } from '@/i18n/locales'

/** Messages already formatted on the server, by namespace and key. */
export type Strings = Record<string, Record<string, string>>

const Context = createContext<{ locale: Locale; strings: Strings } | null>(null)

/**
 * What the layout's client components (error boundary, 404) read in place of next-intl's client
 * provider: their few messages, formatted on the server. The provider would put next-intl's
 * message formatter into the first-load JavaScript of every page; these strings need none.
 */
export function ClientStrings({
  locale,
  strings,
  children,
}: {
  locale: Locale
  strings: Strings
  children: ReactNode
}) {
  return <Context value={{ locale, strings }}>{children}</Context>
}

function useStrings() {
  const value = useContext(Context)
  if (!value) throw new Error('ClientStrings is missing above this component (see the layout)')
  return value
}

/** `t(key)` for one namespace given to ClientStrings. */
export function useClientStrings(namespace: string) {
  const { strings } = useStrings()
  return (key: string) => strings[namespace]?.[key] ?? `${namespace}.${key}`
}

export function useClientLocale(): Locale {
  return useStrings().locale
}
