import { getMessages, getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { contactFields, limits } from '@/lib/contact/schema'

/** Everything the contact form says, formatted on the server for the page's locale. */
export type ContactStrings = {
  text: Record<string, string>
  topics: Record<string, string>
  errors: Record<string, string>
  /** "Please correct the N fields…", by N − 1. */
  invalid: string[]
  messageHint: string
  retention: string
  consent: ReactNode
}

/**
 * The contact form's messages, so the browser needs neither next-intl's client provider nor its
 * message formatter (they were most of the page's extra JavaScript). The form's counts and
 * numbers are known here, apart from how many fields are wrong: that plural comes in every form.
 */
export async function contactStrings({
  retentionDays,
  privacyHref,
}: {
  retentionDays: number
  privacyHref: string
}): Promise<ContactStrings> {
  const t = await getTranslations('ContactForm')
  const all = (await getMessages()).ContactForm as Record<string, unknown>
  const formatted = (keys: string[], prefix = '') =>
    Object.fromEntries(keys.map((key) => [key, t(`${prefix}${key}` as never) as string]))
  const plain = Object.keys(all).filter(
    (key) =>
      typeof all[key] === 'string' &&
      // `unreadable` is for JSON clients only (endpoints/contact.ts): a form always reads.
      !['messageHint', 'retention', 'consent', 'invalid', 'unreadable'].includes(key),
  )
  return {
    text: formatted(plain),
    topics: formatted(Object.keys(all.topics as object), 'topics.'),
    errors: formatted(Object.keys(all.errors as object), 'errors.'),
    invalid: Array.from({ length: contactFields.length }, (_, i) => t('invalid', { count: i + 1 })),
    messageHint: t('messageHint', { max: limits.message }),
    retention: t('retention', { days: retentionDays }),
    consent: t.rich('consent', { privacy: (chunks) => <a href={privacyHref}>{chunks}</a> }),
  }
}
