import { useEffect, useRef } from 'react'

import { type Locale, localeNames, locales } from '@/i18n/locales'

export type LanguageMenuLabels = { change: string; label: string }

/**
 * A disclosure of plain links: it works without JavaScript, each language is named in itself and
 * marked with its own `lang`, and every link leads to the same page in that language. Its two
 * labels (`LanguageSwitcher` messages) come formatted from the server.
 */
export function LanguageMenu({
  current,
  hrefs,
  labels,
  onChoose,
}: {
  current: Locale
  hrefs: Record<Locale, string>
  labels: LanguageMenuLabels
  /** Called with the language a visitor picks (the switcher remembers it). */
  onChoose?: (locale: Locale) => void
}) {
  const menu = useRef<HTMLDetailsElement>(null)
  // A disclosure closes only when its summary is used again; a menu open over the page is expected
  // to close on Escape and when the visitor goes elsewhere on the page.
  useEffect(() => {
    const closeUnlessInside = (event: Event) => {
      const details = menu.current
      if (details?.open && !details.contains(event.target as Node)) details.open = false
    }
    document.addEventListener('pointerdown', closeUnlessInside)
    document.addEventListener('focusin', closeUnlessInside)
    return () => {
      document.removeEventListener('pointerdown', closeUnlessInside)
      document.removeEventListener('focusin', closeUnlessInside)
    }
  }, [])
  return (
    <details
      ref={menu}
      className="language-switcher"
      onKeyDown={(event) => {
        const details = menu.current
        if (event.key !== 'Escape' || !details?.open) return
        details.open = false
        details.querySelector('summary')?.focus()
      }}
    >
      <summary>
        <span className="sr-only">{labels.change}: </span>
        <span aria-hidden="true" className="language-switcher__code">
          {current.toUpperCase()}
        </span>{' '}
        <span lang={current}>{localeNames[current]}</span>
      </summary>
      <ul aria-label={labels.label}>
        {locales.map((code) => (
          <li key={code}>
            <a
              href={hrefs[code]}
              hrefLang={code}
              lang={code}
              aria-current={code === current ? 'true' : undefined}
              onClick={onChoose ? () => onChoose(code) : undefined}
            >
              {localeNames[code]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
