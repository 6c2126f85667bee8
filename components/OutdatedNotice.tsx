import { useTranslations } from 'next-intl'

import { type Href, localizedPath } from '@/i18n/pathnames'

/**
 * Says, in the visitor's language, that the English original changed after this translation was
 * approved, and links to the English page. The approved translation itself stays on the page.
 */
export function OutdatedNotice({ english }: { english: Href }) {
  const t = useTranslations('Fallback')
  return (
    <p className="fallback-notice" role="note">
      {t.rich('outdated', {
        link: (chunks) => (
          <a href={localizedPath('en', english)} hrefLang="en">
            {chunks}
          </a>
        ),
      })}
    </p>
  )
}
