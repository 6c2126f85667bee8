import { useTranslations } from 'next-intl'

import { type Locale, localeNames } from '@/i18n/locales'

/** Says, in the visitor's language, that the text below is the English original. */
export function FallbackNotice({ locale }: { locale: Locale }) {
  const t = useTranslations('Fallback')
  return (
    <p className="fallback-notice" role="note">
      {t('notice', { language: localeNames[locale] })}
    </p>
  )
}

export const isFallback = (locale: Locale, translated: readonly Locale[]) =>
  !translated.includes(locale)
