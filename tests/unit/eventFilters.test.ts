/** @jest-environment node */
import { jest } from '@jest/globals'

import { filterSegment, filteredFolder, parseFilterSegment } from '@/lib/events/filterQuery.mjs'
import type { EventSummary } from '@/lib/cms/events'
import { eventMonth, facets, knownFilters, matchesFilters, splitByTime } from '@/lib/events/filters'

import { MAPPED_FROM, mapToFolder } from '../../scripts/serve/folders.mjs'

const context = {
  members: [
    { id: 1, slug: 'savonia', name: 'Savonia' },
    { id: 2, slug: 'vives', name: 'VIVES' },
  ],
  flagships: [{ id: 7, slug: 'heroes4regions', name: 'HEROES4REGIONS' }],
}

const event = (over: Partial<EventSummary>): EventSummary =>
  ({
    id: 1,
    title: 'E',
    slug: 'e',
    startsAt: '2027-03-31T21:30:00.000Z',
    startsAt_tz: 'Europe/Prague',
    endsAt: '2027-03-31T23:00:00.000Z',
    format: 'online',
    organisers: [1],
    audiences: ['students'],
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  }) as EventSummary

describe('filters in the address', () => {
  it('normalizes any order of parameters to one path, ignoring empty ones', () => {
    expect(filterSegment('?member=savonia&format=online&audience=')).toBe(
      'format.online~member.savonia',
    )
    expect(filterSegment('?format=online&member=savonia')).toBe('format.online~member.savonia')
    expect(filterSegment('?member=&month=')).toBe('')
    expect(filterSegment('?utm_source=x')).toBe('')
  })

  it('marks malformed or repeated values invalid', () => {
    expect(filterSegment('?member=../x')).toBe('invalid')
    expect(filterSegment('?member=a&member=b')).toBe('invalid')
    expect(filterSegment('?month=2027-03')).toBe('month.2027-03')
  })

  it('reads back only normalized segments', () => {
    expect(parseFilterSegment('format.online~member.savonia')).toEqual({
      format: 'online',
      member: 'savonia',
    })
    expect(parseFilterSegment('member.savonia~format.online')).toBeNull()
    expect(parseFilterSegment('colour.red')).toBeNull()
    expect(parseFilterSegment('invalid')).toBeNull()
  })

  it('serves a filtered list in any language from its cached path, keeping the address', () => {
    expect(filteredFolder('/cs/events', '?format=online')).toBe('/cs/events/filter/format.online')
    expect(filteredFolder('/cs/press', '?format=online')).toBeNull()
    const req = {
      url: '/cs/akce?member=vives&format=hybrid',
      headers: {} as Record<string, string>,
    }
    expect(mapToFolder(req, { setHeader: jest.fn() })).toBe(true)
    expect(req.url).toBe('/cs/events/filter/format.hybrid~member.vives?member=vives&format=hybrid')
    expect(req.headers[MAPPED_FROM]).toBe('/cs/akce')
    const english = { url: '/en/events?audience=staff', headers: {} as Record<string, string> }
    expect(mapToFolder(english, { setHeader: jest.fn() })).toBe(true)
    expect(english.url).toBe('/en/events/filter/audience.staff?audience=staff')
    // Another locale's folder path is left to the proxy, which redirects it to the locale's words.
    const folder = { url: '/cs/events?audience=staff', headers: {} as Record<string, string> }
    expect(mapToFolder(folder, { setHeader: jest.fn() })).toBe(false)
  })
})

describe('matching events', () => {
  it('takes the month in the event’s own time zone', () => {
    // 23:30 in Prague on 31 March is still March there, though April 1st has begun nowhere yet in UTC.
    expect(eventMonth(event({}))).toBe('2027-03')
    expect(eventMonth(event({ startsAt_tz: 'Europe/Helsinki' }))).toBe('2027-04')
  })

  it('matches members as organiser or host, and every chosen filter together', () => {
    const hosted = event({ organisers: [], venueInstitution: 2, format: 'onsite' })
    expect(matchesFilters(hosted, { member: 'vives' }, context)).toBe(true)
    expect(matchesFilters(hosted, { member: 'vives', format: 'online' }, context)).toBe(false)
    expect(matchesFilters(event({}), { member: 'savonia', audience: 'students' }, context)).toBe(
      true,
    )
  })

  it('counts each value against the other chosen filters and offers no empty choice', () => {
    const events = [
      event({ id: 1, format: 'online', organisers: [1] }),
      event({ id: 2, format: 'onsite', organisers: [2] }),
      event({ id: 3, format: 'onsite', organisers: [1] }),
    ]
    const result = facets(events, { member: 'savonia' }, context)
    expect(result.find((f) => f.key === 'format')?.options).toEqual([
      { value: 'online', count: 1 },
      { value: 'onsite', count: 1 },
    ])
    expect(result.find((f) => f.key === 'member')?.options).toEqual([
      { value: 'savonia', count: 2 },
      { value: 'vives', count: 1 },
    ])
    const onlyOnline = facets(events, { format: 'online' }, context)
    expect(onlyOnline.find((f) => f.key === 'member')?.options).toEqual([
      { value: 'savonia', count: 1 },
    ])
  })

  it('refuses values that name nothing', () => {
    expect(knownFilters({ member: 'savonia', month: '2027-03' }, context)).toBe(true)
    expect(knownFilters({ member: 'nobody' }, context)).toBe(false)
    expect(knownFilters({ format: 'telepathy' }, context)).toBe(false)
    expect(knownFilters({ month: '2027-13' }, context)).toBe(false)
  })

  it('keeps an event upcoming until it ends', () => {
    const now = new Date('2027-03-31T22:00:00.000Z')
    const { upcoming, past } = splitByTime(
      [event({ id: 1 }), event({ id: 2, endsAt: '2027-03-31T21:59:00.000Z' })],
      now,
    )
    expect(upcoming.map((e) => e.id)).toEqual([1])
    expect(past.map((e) => e.id)).toEqual([2])
  })
})
