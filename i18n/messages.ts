import cs from '../messages/cs.json' with { type: 'json' }
import da from '../messages/da.json' with { type: 'json' }
import de from '../messages/de.json' with { type: 'json' }
import en from '../messages/en.json' with { type: 'json' }
import fi from '../messages/fi.json' with { type: 'json' }
import fr from '../messages/fr.json' with { type: 'json' }
import lt from '../messages/lt.json' with { type: 'json' }
import nl from '../messages/nl.json' with { type: 'json' }
import pt from '../messages/pt.json' with { type: 'json' }
import sv from '../messages/sv.json' with { type: 'json' }

import type { Locale } from './locales'

/**
 * Every locale's messages, for code that speaks outside a page's request (the admin's labels,
 * the JSON contact endpoint). Pages load only their own locale's (./request.ts).
 */
export const messagesByLocale: Record<Locale, typeof en> = {
  en,
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
