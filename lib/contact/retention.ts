import type { Payload } from 'payload'

import { deleteOlderThan } from '../retention'

const DAY = 24 * 60 * 60 * 1000

/** Deletes contact submissions received more than `days` ago; returns how many went. */
export const deleteExpiredSubmissions = (payload: Payload, days: number, now = Date.now()) =>
  deleteOlderThan(payload, 'form-submissions', days * DAY, now)
