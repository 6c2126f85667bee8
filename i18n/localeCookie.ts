import type { Locale } from './locales'

/**
 * The visitor's chosen language, which `/` (no locale in the URL) honours before Accept-Language.
 * Written only when a visitor picks a language in the switcher, in the browser: pages themselves
 * never set it, so a CDN or reverse proxy can cache them (a response that sets a cookie is not
 * cached). The URL carries the locale everywhere else.
 * https://next-intl.dev/docs/routing/configuration#locale-cookie
 */
export const localeCookie = {
  name: 'NEXT_LOCALE',
  sameSite: 'lax',
  maxAge: 60 * 60 * 24 * 365,
} as const

export function rememberLocale(locale: Locale) {
  const { name, sameSite, maxAge } = localeCookie
  document.cookie = `${name}=${locale}; path=/; max-age=${maxAge}; samesite=${sameSite}`
}
