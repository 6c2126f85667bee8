import type { DefaultTranslationsObject, Language } from '@payloadcms/translations'

import { authentication } from './authentication'
import { general } from './general'
import {
  dashboard,
  error,
  fields,
  folder,
  localization,
  operators,
  upload,
  validation,
} from './messages'
import { version } from './version'

export { importExport, lexical, seo } from './plugins'

export const fiTranslations: DefaultTranslationsObject = {
  authentication,
  dashboard,
  error,
  fields,
  folder,
  general,
  localization,
  operators,
  upload,
  validation,
  version,
}

/**
 * Finnish for Payload's admin, which ships none (@payloadcms/translations 3.90). date-fns has a
 * Finnish locale, but Payload loads date locales only by its own list of keys: an unknown key
 * leaves dates in date-fns' default (English month names).
 */
export const fi = { dateFNSKey: 'fi', translations: fiTranslations } as unknown as Language
