import type { TaskConfig } from 'payload'

import { getEnv } from '../lib/env'

/**
 * Tells staff that a contact message arrived. Runs as a job after the message is stored, so a
 * mail server that is down never loses or delays a submission; Payload retries failed sends.
 */
export const NotifySubmission: TaskConfig<'notifySubmission'> = {
  slug: 'notifySubmission',
  retries: 5,
  inputSchema: [{ name: 'submission', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const submission = await payload.findByID({
      collection: 'form-submissions',
      id: input.submission,
      depth: 0,
      overrideAccess: true,
    })
    const { contactNotifyTo, contactNotifyByTopic, serverUrl } = getEnv()
    const to = contactNotifyByTopic[submission.topic] ?? contactNotifyTo
    if (!to) return { output: {} }
    await payload.sendEmail({
      to,
      replyTo: submission.email,
      subject: `[HEROES contact] ${submission.topic}: ${submission.name}`,
      text: [
        `${submission.name} <${submission.email}>${submission.organisation ? `, ${submission.organisation}` : ''}`,
        `Topic: ${submission.topic} · Language: ${submission.locale}`,
        '',
        submission.message,
        '',
        `Review: ${serverUrl}/admin/collections/form-submissions/${submission.id}`,
      ].join('\n'),
    })
    return { output: {} }
  },
}
