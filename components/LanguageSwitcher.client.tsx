'use client'

import { useLocale } from 'next-intl'

import { usePathname } from '@/i18n/navigation'

import { LanguageMenu } from './LanguageMenu'

/** The language menu for the page being shown: the same page in every other language. */
export function LanguageSwitcher() {
  return <LanguageMenu current={useLocale()} path={usePathname()} />
}
