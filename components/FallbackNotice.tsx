import { getTranslations } from 'next-intl/server'

import { type Locale, localeNames } from '@/i18n/locales'

/** Says, in the visitor's language, that the text below is the English original. */
export async function FallbackNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations('Fallback')
  return (
    <p className="fallback-notice" role="note">
      {t('notice', { language: localeNames[locale] })}
    </p>
  )
}

export const isFallback = (locale: Locale, translated: readonly Locale[]) =>
  !translated.includes(locale)
