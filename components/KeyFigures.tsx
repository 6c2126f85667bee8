import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { Home } from '@/payload-types'

type Figures = NonNullable<Home['figures']>

/** The alliance in numbers, formatted for the visitor's locale (120,000 · 120 000 · 120.000). */
export async function KeyFigures({ locale, figures }: { locale: Locale; figures: Figures }) {
  const [t, format] = await Promise.all([getTranslations('Home'), getFormatter()])
  const items = [
    ['figureInstitutions', figures.institutions, false],
    ['figureStudents', figures.students, true],
    ['figureStaff', figures.staff, true],
    ['figureCampuses', figures.campuses, false],
  ] as const
  const regions = new Intl.DisplayNames([locale], { type: 'region' })
  const countries = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    (figures.partnerCountries ?? []).map((code) => regions.of(code) ?? code),
  )
  return (
    <section className="section figures" aria-labelledby="figures">
      <div className="container">
        <h2 id="figures" className="sr-only">
          {t('figuresTitle')}
        </h2>
        <ul className="figures__list">
          {items.map(([key, value, approximate]) =>
            typeof value === 'number' ? (
              <li key={key}>
                <strong>
                  {approximate
                    ? t('approximately', { number: format.number(value) })
                    : format.number(value)}
                </strong>{' '}
                <span>{t(key, { count: value })}</span>
              </li>
            ) : null,
          )}
        </ul>
        {countries ? <p>{t('partnerCountries', { countries })}</p> : null}
      </div>
    </section>
  )
}
