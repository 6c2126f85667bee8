'use server'

import { isLocale } from '@/i18n/locales'
import { payloadClient } from '@/lib/cms/client'
import { clientKeyFromRequest } from '@/lib/contact/client'
import { type ContactState, typedValues } from '@/lib/contact/state'
import { submitContact } from '@/lib/contact/submit'

/**
 * The contact form's action. With JavaScript the page updates in place; without it the browser
 * posts the form and gets the page back, re-rendered with this state. The locale travels as a
 * form field: a bound action (`.bind(null, locale)`) is a new function on every render, which
 * makes React re-render the form forever when it answers a no-JavaScript post.
 */
export async function sendContactMessage(
  previous: ContactState,
  formData: FormData,
): Promise<ContactState> {
  const raw = Object.fromEntries([...formData].filter(([key]) => !key.startsWith('$')))
  const locale = raw.locale
  const attempt = (previous.attempt ?? 0) + 1
  if (!isLocale(locale)) return { result: 'invalid', values: typedValues(raw), attempt }
  const outcome = await submitContact(await payloadClient(), {
    raw,
    locale,
    clientKey: await clientKeyFromRequest(),
  })
  if (outcome.result === 'sent') return { result: 'sent', attempt }
  return {
    result: outcome.result,
    errors: outcome.result === 'invalid' ? outcome.errors : undefined,
    values: typedValues(raw),
    attempt,
  }
}
