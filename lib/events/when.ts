/** An event's dates and times in its own time zone, in the reader's language ("27 March 2027, 10:00–12:00"). */
export function eventWhen(
  locale: string,
  event: { startsAt: string; endsAt: string; startsAt_tz?: string | null },
): { text: string; zone: string } {
  const timeZone = event.startsAt_tz || 'UTC'
  const start = new Date(event.startsAt)
  const end = new Date(event.endsAt)
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).formatRange(start, end)
  const zone =
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(start)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  return { text, zone }
}
