import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { richTextHasText } from './richTextHasText'

/** When each locale's translatable text (title, summary, body…) last changed. */
export type TranslationTimes = Partial<Record<Locale, string>>

export type TranslationState = 'source' | 'current' | 'outdated' | 'missing'

/**
 * English is the source. A locale with no text is missing; one whose text last changed before the
 * English text did is outdated (the source moved on since it was translated).
 */
export function translationStatus(times: TranslationTimes | null | undefined) {
  const source = times?.[defaultLocale]
  return Object.fromEntries(
    locales.map((locale): [Locale, TranslationState] => {
      if (locale === defaultLocale) return [locale, 'source']
      const own = times?.[locale]
      if (!own) return [locale, 'missing']
      return [locale, source && own < source ? 'outdated' : 'current']
    }),
  ) as Record<Locale, TranslationState>
}

/** What the rich-text editor holds (and sends) when nothing was written: a root without words. */
const isEmptyRichText = (value: unknown) =>
  typeof (value as { root?: unknown } | null)?.root === 'object' && !richTextHasText(value)

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  isEmptyRichText(value)

/**
 * Whether a save changes any of `fields`' text. Nothing and an editor left empty are the same
 * text: the admin sends an empty rich-text value for a body nobody wrote (after a publish, say),
 * and that must neither stamp a translation nor send an approved one back for approval.
 */
export const textChanged = (
  fields: string[],
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown>,
) =>
  fields.some((field) => {
    if (!(field in after)) return false
    const [was, is] = [before?.[field], after[field]]
    if (isEmpty(was) && isEmpty(is)) return false
    return JSON.stringify(is) !== JSON.stringify(was)
  })

/**
 * The times after a save in `locale`: stamped when any tracked field changed, dropped when all of
 * them are now empty (the translation was removed). Incoming values of the times themselves are
 * ignored, so no client can mark a translation as current.
 */
export function nextTranslationTimes(args: {
  previous: TranslationTimes | null | undefined
  locale: Locale
  fields: string[]
  before: Record<string, unknown> | null | undefined
  after: Record<string, unknown>
  now: string
}): TranslationTimes {
  const { previous, locale, fields, before, after, now } = args
  const times = { ...previous }
  if (fields.every((field) => isEmpty(field in after ? after[field] : before?.[field]))) {
    delete times[locale]
    return times
  }
  if (textChanged(fields, before, after) || !times[locale]) times[locale] = now
  return times
}
