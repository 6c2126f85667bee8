import { useTranslations } from 'next-intl'

import { type Locale, localeNames } from '@/i18n/locales'
import { fileSize } from '@/lib/format'
import type { Media } from '@/payload-types'

/**
 * The press release's PDF, with its size and language. `file` is the PDF of the visitor's locale,
 * or the English one by fallback; the link names the language it really is in.
 */
export function PdfDownload({
  file,
  locale,
  fileLocale = locale,
}: {
  file: number | Media | null | undefined
  locale: Locale
  fileLocale?: Locale
}) {
  const t = useTranslations('Press')
  if (!file || typeof file !== 'object' || !file.url) return null
  return (
    <p className="download">
      <a
        href={file.url}
        download
        hrefLang={fileLocale}
        type="application/pdf"
        className="button button--secondary"
      >
        {t('downloadPdf', {
          size: fileSize(file.filesize ?? 0, locale),
          language: localeNames[fileLocale],
        })}
      </a>
    </p>
  )
}
