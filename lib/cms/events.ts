import type { TypedUser } from 'payload'

import type { Locale } from '../../i18n/locales'
import type { Event } from '../../payload-types'
import { withApprovedText } from './approved'
import { eventTags, tagFor } from '../cacheTags'
import { taggedRead } from './cache'
import { payloadClient } from './client'
import { findBySlug, listSlugs } from './documents'

export type EventSummary = Pick<
  Event,
  | 'id'
  | 'title'
  | 'slug'
  | 'summary'
  | 'startsAt'
  | 'startsAt_tz'
  | 'endsAt'
  | 'endsAt_tz'
  | 'format'
  | 'venue'
  | 'venueInstitution'
  | 'organisers'
  | 'flagship'
  | 'audiences'
  | 'eventLanguages'
  | 'updatedAt'
>

const summaryFields = {
  title: true,
  slug: true,
  summary: true,
  startsAt: true,
  startsAt_tz: true,
  endsAt: true,
  endsAt_tz: true,
  format: true,
  venue: true,
  venueInstitution: true,
  organisers: true,
  flagship: true,
  audiences: true,
  eventLanguages: true,
  updatedAt: true,
} as const

/**
 * Every published event, soonest first. The pages split them into upcoming and past with the
 * clock at render time; their tag (eventTags.lists) expires on publish and when an event ends
 * (jobs/expireAtDeadline.ts), so the split is redone then. Relations are ids (depth 0): the
 * pages name members and flagships from their own cached lists.
 */
export const listEvents = taggedRead<[Locale], EventSummary[]>(
  'events',
  () => [eventTags.lists],
  async (locale: Locale) => {
    const payload = await payloadClient()
    const read = async (locale: Locale, ids?: (number | string)[]) =>
      (
        await payload.find({
          collection: 'events',
          locale,
          fallbackLocale: 'en',
          overrideAccess: false,
          sort: 'startsAt',
          pagination: false,
          depth: 0,
          where: ids ? { id: { in: ids } } : undefined,
          select: summaryFields,
        })
      ).docs as EventSummary[]
    // A translation awaiting approval is listed, and in the feeds, with its English text.
    return withApprovedText('events', locale, await read(locale), read)
  },
)

export const getEvent = taggedRead(
  'event',
  (_locale: Locale, slug: string) => [
    eventTags.slug(slug),
    tagFor('institutions'),
    tagFor('flagships'),
  ],
  (locale: Locale, slug: string) => findBySlug('events', locale, slug, 'title'),
)

export const getEventDraft = (locale: Locale, slug: string, editor: TypedUser) =>
  findBySlug('events', locale, slug, 'title', [], editor)

export const listEventSlugs = taggedRead<[Locale], string[]>(
  'event-slugs',
  () => [eventTags.lists],
  (locale: Locale) => listSlugs('events', locale),
)

/** Ids of related documents, whether the read populated them or not. */
export const relationIds = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map((item) =>
    typeof item === 'object' && item !== null ? Number((item as { id: unknown }).id) : Number(item),
  )
