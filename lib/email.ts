import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { getEnv } from './env'

export const mailIsConfigured = () => Boolean(getEnv().smtp)

/**
 * Nodemailer over SMTP when SMTP_HOST is set. Without it Payload has no adapter and mail is off:
 * submissions are still stored, and the start log says that no notification will be sent.
 */
export function emailAdapter(): Promise<EmailAdapter> | undefined {
  const { smtp } = getEnv()
  if (!smtp) return undefined
  return nodemailerAdapter({
    defaultFromAddress: smtp.from,
    defaultFromName: 'HEROES portal',
    transportOptions: {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.port === 465,
      auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
    },
  }) as unknown as Promise<EmailAdapter>
}
