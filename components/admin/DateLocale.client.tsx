'use client'

import { useTranslation } from '@payloadcms/ui'
import type { Locale as DateLocale } from 'date-fns'
import { fi } from 'date-fns/locale/fi'
import type { ReactNode } from 'react'

/**
 * The date-fns locales of admin languages Payload cannot load itself. Payload 3.90 loads a
 * language's date-fns locale by its own fixed list of keys (`importDateFNSLocale` in
 * @payloadcms/translations), which has no Finnish: without this its date cells, date pickers and
 * "last modified" lines print English month names in the Finnish admin.
 */
const missing: Record<string, DateLocale> = { fi }

/**
 * Fills in the date-fns locale of the admin language before anything below formats a date.
 * Payload's translation context exposes no setter, so its `i18n` object is completed in place;
 * this provider re-renders with the context and completes a new object again.
 */
export function DateLocaleProvider({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const wanted = missing[i18n.language]
  const context = i18n as { dateFNS?: DateLocale }
  // eslint-disable-next-line react-hooks/immutability -- Payload's context has no setter (above)
  if (wanted && context.dateFNS !== wanted) context.dateFNS = wanted
  return children
}
