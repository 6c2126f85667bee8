import type { TypedUser } from 'payload'

import type { Locale } from '../../i18n/locales'
import type { Opportunity } from '../../payload-types'
import { cachedRead } from './cache'
import { payloadClient } from './client'
import { findBySlug, listSlugs } from './documents'

export type OpportunitySummary = Pick<
  Opportunity,
  | 'id'
  | 'title'
  | 'slug'
  | 'summary'
  | 'kind'
  | 'flagship'
  | 'members'
  | 'applicationDeadline'
  | 'applicationDeadline_tz'
  | 'callFor'
  | 'studyMode'
  | 'eqfLevel'
  | 'ects'
  | 'instructionLanguages'
  | 'startsOn'
  | 'updatedAt'
>

const summaryFields = {
  title: true,
  slug: true,
  summary: true,
  kind: true,
  flagship: true,
  members: true,
  applicationDeadline: true,
  applicationDeadline_tz: true,
  callFor: true,
  studyMode: true,
  eqfLevel: true,
  ects: true,
  instructionLanguages: true,
  startsOn: true,
  updatedAt: true,
} as const

/**
 * Every published opportunity. The pages split them into open and closed with the clock at render
 * time; the collection's tag expires on publish and when a deadline passes
 * (jobs/expireAtDeadline.ts), so the split is redone then. Relations are ids (depth 0): the pages
 * name members and flagships from their own cached lists.
 */
export const listOpportunities = cachedRead(
  'opportunities',
  ['opportunities'],
  async (locale: Locale) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'opportunities',
      locale,
      fallbackLocale: 'en',
      overrideAccess: false,
      sort: 'applicationDeadline',
      pagination: false,
      depth: 0,
      select: summaryFields,
    })
    return docs as OpportunitySummary[]
  },
)

export const getOpportunity = cachedRead(
  'opportunity',
  ['opportunities', 'institutions', 'flagships', 'media'],
  (locale: Locale, slug: string) => findBySlug('opportunities', locale, slug, 'title'),
)

export const getOpportunityDraft = (locale: Locale, slug: string, editor: TypedUser) =>
  findBySlug('opportunities', locale, slug, 'title', [], editor)

export const listOpportunitySlugs = cachedRead(
  'opportunity-slugs',
  ['opportunities'],
  (locale: Locale) => listSlugs('opportunities', locale),
)
