/**
 * An application deadline in the reader's language, in the zone the editor entered it in
 * ("1 May 2030, 12:00 CEST"): a deadline is a moment, and the zone says whose clock it is.
 */
export function formatDeadline(
  locale: string,
  item: { applicationDeadline?: string | null; applicationDeadline_tz?: string | null },
): string | null {
  if (!item.applicationDeadline) return null
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: item.applicationDeadline_tz || 'UTC',
  }).format(new Date(item.applicationDeadline))
}

/** A course's start and end days ("1–30 June 2030"); the picker stores days at noon UTC. */
export function formatDays(locale: string, from?: string | null, to?: string | null) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  if (from && to) return format.formatRange(new Date(from), new Date(to))
  const day = from ?? to
  return day ? format.format(new Date(day)) : null
}

/** A fee in euros in the reader's notation, or null when none is given (0 is "free"). */
export const formatFee = (locale: string, fee: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(fee)
