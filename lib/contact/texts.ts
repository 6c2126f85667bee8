import Negotiator from 'negotiator'
import { createTranslator } from 'next-intl'

import { defaultLocale, isLocale, type Locale, locales } from '../../i18n/locales'
import { messagesByLocale } from '../../i18n/messages'
import type { FieldErrors } from './schema'
import type { ContactState } from './state'

/** An outcome of the form, or a body that could not be read as a message at all. */
type Said = NonNullable<ContactState['result']> | 'unreadable'

/**
 * The contact form's own words for a JSON client's answer, in the visitor's language: the
 * message's locale when the body says it, else the best of Accept-Language (a body too large or
 * unreadable says nothing), else English.
 */
export function answerLocale(bodyLocale: unknown, acceptLanguage: string | null): Locale {
  if (isLocale(bodyLocale)) return bodyLocale
  const [best] = new Negotiator({
    headers: { 'accept-language': acceptLanguage ?? undefined },
  }).languages([...locales])
  return isLocale(best) ? best : defaultLocale
}

const translators = new Map<Locale, ReturnType<typeof translatorFor>>()
const translatorFor = (locale: Locale) =>
  createTranslator({ locale, messages: messagesByLocale[locale], namespace: 'ContactForm' })

/** `message` says what happened (the form's heading or notice); `messages` what each field needs. */
export function describeAnswer(
  locale: Locale,
  said: Said,
  errors: FieldErrors = {},
): { message: string; messages?: Record<string, string> } {
  let t = translators.get(locale)
  if (!t) translators.set(locale, (t = translatorFor(locale)))
  if (said !== 'invalid') return { message: t(said === 'sent' ? 'sentTitle' : said) }
  const fields = Object.entries(errors)
  return {
    message: t('invalid', { count: fields.length }),
    messages: Object.fromEntries(fields.map(([f, code]) => [f, t(`errors.${code}` as never)])),
  }
}
