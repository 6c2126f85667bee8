import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'

import { defaultLocale, localeNames } from '../../i18n/locales'
import { messagesByLocale } from '../../i18n/messages'
import { translatorLanguages } from './access'
import { translationWork, editPath, type WorkItem } from './work'

const stateKey = {
  missing: 'stateMissing',
  outdated: 'stateOutdated',
  awaiting: 'stateAwaiting',
} as const

/**
 * The daily digest: one mail to each translator with translations waiting in their languages
 * (missing, outdated, awaiting approval), oldest first, in their first language, with links to the
 * edit views. `mailOn` false (no SMTP_HOST) sends nothing, like the portal's other mail.
 */
export async function sendTranslationDigests(
  payload: Payload,
  { mailOn, serverUrl }: { mailOn: boolean; serverUrl: string },
): Promise<number> {
  if (!mailOn) return 0
  const { docs: translators } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['translator'] } },
    pagination: false,
    depth: 0,
  })
  const work = await translationWork(payload)
  let sent = 0
  for (const user of translators) {
    const languages = translatorLanguages(user as never)
    const mine = work.filter((item) => languages.includes(item.locale))
    if (!mine.length || !user.email) continue
    const locale = languages[0] ?? defaultLocale
    const t = createTranslator({
      locale,
      messages: messagesByLocale[locale],
      namespace: 'TranslationDigest',
    })
    const globals = messagesByLocale[locale].Admin.globals as Record<string, string>
    const line = (item: WorkItem) =>
      `- ${item.title || globals[item.global ?? ''] || item.global} (${localeNames[item.locale]}): ${t(stateKey[item.state])}\n  ${serverUrl}${editPath(item)}`
    await payload.sendEmail({
      to: user.email,
      subject: t('subject', { count: mine.length }),
      text: [
        t('intro', { count: mine.length }),
        '',
        ...mine.map(line),
        '',
        t('open', { url: `${serverUrl}/admin/translations` }),
      ].join('\n'),
    })
    sent += 1
  }
  return sent
}
