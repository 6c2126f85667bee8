import ICAL from 'ical.js'

/** One event as a calendar needs it; times are instants, written in UTC (RFC 5545 §3.3.5 form 2). */
export type CalendarEvent = {
  uid: string
  title: string
  description?: string | null
  url: string
  start: Date
  end: Date
  location?: string | null
  geo?: { lat: number; lng: number } | null
  updated: Date
}

const utc = (date: Date) => ICAL.Time.fromJSDate(date, true)

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. ical.js folds at
 * 75 characters plus the leading space, which is over the limit for a continuation line and for
 * any text with non-ASCII letters (Czech, Lithuanian).
 */
function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char)
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/**
 * An RFC 5545 calendar (ical.js writes it: escaping, CRLF; folded here by octets). Times are UTC
 * instants, which every client shows in its reader's zone, so a calendar needs no VTIMEZONE
 * rules of its own and stays right across daylight-saving changes. `name` is set for feeds
 * (X-WR-CALNAME, what subscribing clients call the calendar).
 */
export function icsCalendar(events: CalendarEvent[], name?: string): string {
  const calendar = new ICAL.Component(['vcalendar', [], []])
  calendar.addPropertyWithValue('prodid', '-//HEROES European University Alliance//Portal//EN')
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  calendar.addPropertyWithValue('method', 'PUBLISH')
  if (name) calendar.addPropertyWithValue('x-wr-calname', name)
  for (const event of events) {
    const vevent = new ICAL.Component('vevent')
    vevent.addPropertyWithValue('uid', event.uid)
    vevent.addPropertyWithValue('dtstamp', utc(event.updated))
    vevent.addPropertyWithValue('last-modified', utc(event.updated))
    vevent.addPropertyWithValue('dtstart', utc(event.start))
    vevent.addPropertyWithValue('dtend', utc(event.end))
    vevent.addPropertyWithValue('summary', event.title)
    if (event.description) vevent.addPropertyWithValue('description', event.description)
    if (event.location) vevent.addPropertyWithValue('location', event.location)
    if (event.geo) vevent.addPropertyWithValue('geo', [event.geo.lat, event.geo.lng])
    vevent.addPropertyWithValue('url', event.url)
    calendar.addSubcomponent(vevent)
  }
  const lines = calendar.toString().replace(/\r\n /g, '').split('\r\n')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

/** The HTTP answer for a calendar: a file a browser downloads and a client subscribes to. */
export const icsResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  })
