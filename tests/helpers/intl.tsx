import { render } from '@testing-library/react'
import { NextIntlClientProvider } from 'next-intl'
import type { ReactNode } from 'react'

import cs from '../../messages/cs.json' with { type: 'json' }
import de from '../../messages/de.json' with { type: 'json' }
import en from '../../messages/en.json' with { type: 'json' }
import lt from '../../messages/lt.json' with { type: 'json' }

const messages = { en, de, lt, cs }

/** Renders inside next-intl's provider, as the site's layout does. */
export function renderIn(locale: keyof typeof messages, ui: ReactNode) {
  return render(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Europe/Brussels">
      {ui}
    </NextIntlClientProvider>,
  )
}

export { messages }
