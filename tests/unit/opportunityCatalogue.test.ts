/** @jest-environment node */
import { jest } from '@jest/globals'

import type { OpportunitySummary } from '@/lib/cms/opportunities'
import { filteredFolder } from '@/lib/filters/sections.mjs'
import { filterSegment, parseFilterSegment } from '@/lib/filters/segment.mjs'
import {
  filterQuery,
  knownOpportunityFilters,
  matchesOpportunityFilters,
  nearestDeadlines,
  opportunityFacets,
  splitByDeadline,
} from '@/lib/opportunities/catalogue'
import { OPPORTUNITY_FILTER_KEYS } from '@/lib/opportunities/filterKeys.mjs'

import { mapToFolder } from '../../scripts/serve/folders.mjs'

const context = {
  members: [
    { id: 1, slug: 'savonia', name: 'Savonia' },
    { id: 2, slug: 'vives', name: 'VIVES' },
  ],
  flagships: [{ id: 7, slug: 'heroes4ever', name: 'HEROES4EVER' }],
}

const offer = (over: Partial<OpportunitySummary>): OpportunitySummary =>
  ({
    id: 1,
    title: 'O',
    slug: 'o',
    kind: 'micro-credential',
    members: [1],
    studyMode: 'online',
    eqfLevel: '6',
    instructionLanguages: ['en'],
    applicationDeadline: '2030-05-01T10:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  }) as OpportunitySummary

describe('the catalogue’s filters in the address', () => {
  it('normalizes the query to one cached path and reads back only that form', () => {
    expect(filterSegment(OPPORTUNITY_FILTER_KEYS, '?mode=online&kind=mooc&utm_source=x')).toBe(
      'kind.mooc~mode.online',
    )
    expect(filterSegment(OPPORTUNITY_FILTER_KEYS, '?level=6&level=7')).toBe('invalid')
    expect(parseFilterSegment(OPPORTUNITY_FILTER_KEYS, 'kind.mooc~mode.online')).toEqual({
      kind: 'mooc',
      mode: 'online',
    })
    expect(parseFilterSegment(OPPORTUNITY_FILTER_KEYS, 'mode.online~kind.mooc')).toBeNull()
    expect(parseFilterSegment(OPPORTUNITY_FILTER_KEYS, 'format.online')).toBeNull()
  })

  it('serves the Czech catalogue’s filtered address from its folder, keeping the query', () => {
    expect(filteredFolder('/cs/opportunities', '?level=6')).toBe('/cs/opportunities/filter/level.6')
    // The events' filters are not the catalogue's: no filter, no filtered folder.
    expect(filteredFolder('/cs/opportunities', '?format=online')).toBeNull()
    const req = { url: '/cs/prilezitosti?mode=online&kind=mooc', headers: {} }
    expect(mapToFolder(req, { setHeader: jest.fn() })).toBe(true)
    expect(req.url).toBe('/cs/opportunities/filter/kind.mooc~mode.online?mode=online&kind=mooc')
  })

  it('writes each link’s query in the normalized order, dropping a removed filter', () => {
    expect(filterQuery({ mode: 'online' }, 'kind', 'mooc')).toBe('?kind=mooc&mode=online')
    expect(filterQuery({ kind: 'mooc', mode: 'online' }, 'kind', null)).toBe('?mode=online')
    expect(filterQuery({ kind: 'mooc' }, 'kind', null)).toBe('')
  })
})

describe('facets', () => {
  const items = [
    offer({ id: 1, kind: 'micro-credential', studyMode: 'online', members: [1] }),
    offer({ id: 2, kind: 'mooc', studyMode: 'online', members: [2], eqfLevel: '5' }),
    offer({ id: 3, kind: 'micro-credential', studyMode: 'onsite', members: [2] }),
  ]

  it('counts each value against the other chosen filters', () => {
    const result = opportunityFacets(items, { member: 'vives' }, context)
    expect(result.find((f) => f.key === 'kind')?.options).toEqual([
      { value: 'micro-credential', count: 1, chosen: false },
      { value: 'mooc', count: 1, chosen: false },
    ])
    // The member's own counts ignore the member chosen: they say what choosing another gives.
    expect(result.find((f) => f.key === 'member')?.options).toEqual([
      { value: 'savonia', count: 1, chosen: false },
      { value: 'vives', count: 2, chosen: true },
    ])
  })

  it('keeps values that would leave nothing, with 0, so the page shows them without a link', () => {
    const result = opportunityFacets(items, { kind: 'mooc' }, context)
    expect(result.find((f) => f.key === 'mode')?.options).toEqual([
      { value: 'online', count: 1, chosen: false },
      { value: 'onsite', count: 0, chosen: false },
    ])
    // Following every link with a count above 0 never gives an empty list.
    for (const facet of result)
      for (const option of facet.options.filter((o) => o.count > 0)) {
        const next = { kind: 'mooc', [facet.key]: option.value }
        const shown = items.filter((i) => matchesOpportunityFilters(i, next, context))
        expect(shown).toHaveLength(option.count)
      }
  })

  it('leaves out a filter that cannot narrow the list (one value shared by all)', () => {
    const keys = opportunityFacets(items, {}, context).map((f) => f.key)
    expect(keys).toEqual(['kind', 'level', 'member', 'mode'])
    expect(keys).not.toContain('language')
  })

  it('refuses values that name nothing', () => {
    expect(knownOpportunityFilters({ member: 'savonia', level: '6' }, context)).toBe(true)
    expect(knownOpportunityFilters({ member: 'nobody' }, context)).toBe(false)
    expect(knownOpportunityFilters({ level: '9' }, context)).toBe(false)
    expect(knownOpportunityFilters({ kind: 'seminar' }, context)).toBe(false)
  })
})

describe('deadlines', () => {
  const now = new Date('2030-05-01T10:00:00.000Z')
  const items = [
    offer({ id: 1, title: 'A', applicationDeadline: '2030-06-01T10:00:00.000Z' }),
    offer({ id: 2, title: 'B', applicationDeadline: null }),
    offer({ id: 3, title: 'C', applicationDeadline: '2030-05-01T10:00:01.000Z' }),
    offer({ id: 4, title: 'D', applicationDeadline: '2030-05-01T10:00:00.000Z' }),
    offer({ id: 5, title: 'E', applicationDeadline: '2030-01-01T10:00:00.000Z' }),
  ]

  it('lists open offers by the nearest deadline, those without one last; closed ones latest first', () => {
    const { open, closed } = splitByDeadline(items, now)
    expect(open.map((i) => i.id)).toEqual([3, 1, 2])
    // At the deadline itself applications are closed.
    expect(closed.map((i) => i.id)).toEqual([4, 5])
  })

  it('gives the home page the nearest three deadlines, none without a date', () => {
    expect(nearestDeadlines(items, 3, now).map((i) => i.id)).toEqual([3, 1])
    expect(nearestDeadlines([], 3, now)).toEqual([])
  })
})
