import type { TaskConfig } from 'payload'

import { mailIsConfigured } from '../lib/email'
import { getEnv } from '../lib/env'
import { sendTranslationDigests } from '../lib/translation/digest'

/** Every morning, each translator with work waiting gets one mail listing it (off without SMTP). */
export const TranslationDigest: TaskConfig<'translationDigest'> = {
  slug: 'translationDigest',
  schedule: [{ cron: '0 7 * * *', queue: 'maintenance' }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async ({ req }) => {
    const mailOn = mailIsConfigured()
    const sent = await sendTranslationDigests(req.payload, {
      mailOn,
      serverUrl: getEnv().serverUrl,
    })
    req.payload.logger.info(
      mailOn
        ? `Translation digest: ${sent} mails sent`
        : 'Translation digest: mail is off (no SMTP_HOST)',
    )
    return { output: { sent } }
  },
}
