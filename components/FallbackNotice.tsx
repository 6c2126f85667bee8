import { useTranslations } from 'next-intl'

import { type Locale, localeNames } from '@/i18n/locales'

/** Says, in the visitor's language, that the text below is the English original. */
export function FallbackNotice({ locale }: { locale: Locale }) {
  const t = useTranslations('Fallback')
  return (
    <p className="fallback-notice" role="note">
      {t('notice', { language: languageNameIn(locale) })}
    </p>
  )
}

export const isFallback = (locale: Locale, translated: readonly Locale[]) =>
  !translated.includes(locale)

/** The language's name as its own sentences write it: "français", "Deutsch", "svenska". */
function languageNameIn(locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? localeNames[locale]
  } catch {
    return localeNames[locale] ?? locale
  }
}
