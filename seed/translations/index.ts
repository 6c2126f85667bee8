import type { Locale } from '../../i18n/locales'
import { cs } from './cs'
import { da } from './da'
import { de } from './de'
import { fi } from './fi'
import { fr } from './fr'
import { lt } from './lt'
import { nl } from './nl'
import { pt } from './pt'
import { sv } from './sv'
import type { SeedTranslation } from './types'

/** The seed content in every locale but English (the source, in seed/data). */
export const translations: Record<Exclude<Locale, 'en'>, SeedTranslation> = {
  nl,
  fr,
  de,
  da,
  sv,
  fi,
  pt,
  lt,
  cs,
}
