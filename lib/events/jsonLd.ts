import type { Event, Flagship, Institution } from '../../payload-types'

const attendance = {
  onsite: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

const populated = <T extends object>(value: unknown): T[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is T => typeof item === 'object' && item !== null,
  )

/**
 * schema.org `Event` for an event's page (what search engines read for event rich results):
 * a place for events on site, a virtual location for online ones, both for hybrid.
 */
export function eventJsonLd(event: Event, url: string, locale: string) {
  const campus = populated<Institution>(event.venueInstitution)[0]
  const place = {
    '@type': 'Place',
    name: event.venue || campus?.name,
    address: campus
      ? { '@type': 'PostalAddress', addressLocality: campus.city, addressCountry: campus.country }
      : event.venue,
    ...(event.location?.lat != null && event.location?.lng != null
      ? {
          geo: {
            '@type': 'GeoCoordinates',
            latitude: event.location.lat,
            longitude: event.location.lng,
          },
        }
      : {}),
  }
  const virtual = { '@type': 'VirtualLocation', url: event.registrationUrl || url }
  const location =
    event.format === 'online' ? virtual : event.format === 'hybrid' ? [place, virtual] : place
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? undefined,
    url,
    inLanguage: event.eventLanguages?.length ? event.eventLanguages : locale,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendance[event.format],
    location,
    organizer: populated<Institution>(event.organisers).map((member) => ({
      '@type': 'CollegeOrUniversity',
      name: member.name,
      url: member.website,
    })),
    about: populated<Flagship>(event.flagship).map((flagship) => flagship.title)[0],
    ...(event.registrationUrl
      ? {
          offers: {
            '@type': 'Offer',
            url: event.registrationUrl,
            availabilityEnds: event.registrationDeadline ?? undefined,
          },
        }
      : {}),
  }
}

/** A JSON-LD script's text: `<` escaped so no value can close the script element. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c')
