import type { Field } from 'payload'

import { isLocale } from '../i18n/locales'
import { nextTranslationTimes, type TranslationTimes } from '../lib/translationStatus'

/**
 * Per-locale time of the last change to the translatable fields, kept by the server on every save
 * (the submitted value is ignored). Shown as the translation status in the list and the sidebar.
 */
export function translationTimesField(tracked: string[]): Field {
  return {
    name: 'translationTimes',
    type: 'json',
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: {
        Field: '/components/admin/TranslationStatus#TranslationStatusField',
        Cell: '/components/admin/TranslationStatus#TranslationStatusCell',
      },
    },
    hooks: {
      beforeChange: [
        ({ data, originalDoc, req }) => {
          const locale = isLocale(req.locale) ? req.locale : 'en'
          return nextTranslationTimes({
            previous: originalDoc?.translationTimes as TranslationTimes | undefined,
            locale,
            fields: tracked,
            before: originalDoc,
            after: data ?? {},
            now: new Date().toISOString(),
          })
        },
      ],
    },
  }
}
