import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/** Any path the site does not know renders the 404 page of its locale. */
export default async function CatchAll({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale)
  notFound()
}
