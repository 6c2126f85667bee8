/** How people take part: the values visitors filter by (their words are in messages, Events.formats). */
export const eventFormats = ['onsite', 'online', 'hybrid'] as const
export type EventFormat = (typeof eventFormats)[number]

/** Who an event is for (messages: Events.audiences). */
export const eventAudiences = [
  'students',
  'staff',
  'professionals',
  'businesses',
  'public',
] as const
export type EventAudience = (typeof eventAudiences)[number]

/**
 * The member states' time zones (IANA names), the ones an alliance event takes place in, and UTC
 * for online events that belong to no place. The admin's date picker enters times in the chosen zone.
 */
export const eventTimeZones = [
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Berlin',
  'Europe/Copenhagen',
  'Europe/Stockholm',
  'Europe/Helsinki',
  'Europe/Lisbon',
  'Europe/Vilnius',
  'Europe/Prague',
  'UTC',
].map((zone) => ({ label: zone, value: zone }))
