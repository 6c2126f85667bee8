/** @jest-environment node */
import ICAL from 'ical.js'

import { icsCalendar } from '@/lib/calendar/ics'

/** The wall-clock time of an instant in a zone, as a calendar app there shows it. */
const wallClock = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date)

const entry = (uid: string, start: string, end: string) => ({
  uid,
  title: 'Challenge day; Kuopio, Prague',
  description: 'Line one\nLine two with a long text '.repeat(5),
  url: `https://heroes.example/en/events/${uid}`,
  start: new Date(start),
  end: new Date(end),
  location: 'Vysoká škola polytechnická Jihlava – Tolstého 16, Jihlava, Česká republika, 586 01',
  geo: { lat: 62.89, lng: 27.68 },
  updated: new Date('2027-01-01T00:00:00Z'),
})

describe('iCalendar files', () => {
  // Prague changes to summer time on 28 March 2027: 10:00 local is 09:00 UTC before, 08:00 after.
  const ics = icsCalendar(
    [
      entry('before', '2027-03-27T09:00:00.000Z', '2027-03-27T11:00:00.000Z'),
      entry('after', '2027-03-29T08:00:00.000Z', '2027-03-29T10:00:00.000Z'),
    ],
    'HEROES events',
  )
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))

  it('is RFC 5545 text: CRLF lines of at most 75 octets, one VEVENT per event', () => {
    const lines = ics.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('HEROES events')
    expect(events).toHaveLength(2)
  })

  it('keeps the local time right across a daylight-saving change', () => {
    const [before, after] = events
    expect(before.startDate.toJSDate().toISOString()).toBe('2027-03-27T09:00:00.000Z')
    expect(after.startDate.toJSDate().toISOString()).toBe('2027-03-29T08:00:00.000Z')
    expect(wallClock(before.startDate.toJSDate(), 'Europe/Prague')).toBe('27/03/2027, 10:00')
    expect(wallClock(after.startDate.toJSDate(), 'Europe/Prague')).toBe('29/03/2027, 10:00')
    expect(wallClock(after.endDate.toJSDate(), 'Europe/Prague')).toBe('29/03/2027, 12:00')
  })

  it('round-trips text with commas, semicolons and new lines', () => {
    const [first] = events
    expect(first.summary).toBe('Challenge day; Kuopio, Prague')
    expect(first.description).toBe('Line one\nLine two with a long text '.repeat(5))
    expect(first.uid).toBe('before')
    expect(first.location).toBe(
      'Vysoká škola polytechnická Jihlava – Tolstého 16, Jihlava, Česká republika, 586 01',
    )
  })
})
