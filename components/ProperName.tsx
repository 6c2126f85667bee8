import type { Locale } from '@/i18n/locales'

/**
 * The language of institutions' and partners' names: the collections keep one name per
 * document, in English (not a translated field), so on a page in another language the name is
 * marked `lang="en"` and a screen reader pronounces it by English rules, not the page's.
 */
export const nameLang = (locale: string): 'en' | undefined => (locale === 'en' ? undefined : 'en')

/** An English proper name inside a page of `locale`. */
export function ProperName({ name, locale }: { name: string; locale: Locale | string }) {
  const lang = nameLang(locale)
  return lang ? <span lang={lang}>{name}</span> : <>{name}</>
}
