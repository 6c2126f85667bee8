import { isCall } from '../../collections/Opportunities/options'
import type { Institution, Opportunity } from '../../payload-types'

const populated = <T extends object>(value: unknown): T[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is T => typeof item === 'object' && item !== null,
  )

/** schema.org's words for the modes (https://schema.org/courseMode takes text). */
const courseModes = { online: 'Online', blended: 'Blended', onsite: 'Onsite' } as const

/**
 * One ECTS credit is 25 to 30 hours of a learner's work (ECTS Users' Guide 2015, 3.4): the
 * workload given is the lower end, so it never claims more work than the credits stand for.
 */
const HOURS_PER_CREDIT = 25

const organisation = (member: Institution) => ({
  '@type': 'CollegeOrUniversity',
  name: member.name,
  ...(member.website ? { url: member.website } : {}),
})

/**
 * schema.org `Course` with its `CourseInstance` for a learning offer's page, with what search
 * engines' course rich results require (name, description, provider, an instance with its mode
 * and dates or workload) and, where known, the offer's price, level and credits. Calls get none:
 * schema.org has no type for a call for applications, and a wrong one (`JobPosting`, `Grant`)
 * would tell search engines something untrue (docs/opportunities.md).
 */
export function courseJsonLd(
  offer: Opportunity,
  url: string,
  locale: string,
  alliance: { name: string; url: string },
) {
  if (isCall(offer.kind)) return null
  const members = populated<Institution>(offer.members)
  const provider =
    members.length > 0
      ? members.map(organisation)
      : [{ '@type': 'EducationalOrganization', name: alliance.name, url: alliance.url }]
  const languages = offer.instructionLanguages?.length ? offer.instructionLanguages : undefined
  const instance = {
    '@type': 'CourseInstance',
    courseMode: offer.studyMode ? courseModes[offer.studyMode] : undefined,
    startDate: offer.startsOn?.slice(0, 10),
    endDate: offer.endsOn?.slice(0, 10),
    inLanguage: languages,
    courseWorkload: offer.ects ? `PT${Math.round(offer.ects * HOURS_PER_CREDIT)}H` : undefined,
    ...(offer.studyMode !== 'online' && members[0]?.city
      ? {
          location: {
            '@type': 'Place',
            name: members[0].name,
            address: {
              '@type': 'PostalAddress',
              addressLocality: members[0].city,
              addressCountry: members[0].country,
            },
          },
        }
      : {}),
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: offer.title,
    description: offer.summary || offer.title,
    url,
    inLanguage: languages ?? locale,
    provider: provider.length === 1 ? provider[0] : provider,
    educationalLevel: offer.eqfLevel ? `EQF ${offer.eqfLevel}` : undefined,
    numberOfCredits: offer.ects
      ? { '@type': 'StructuredValue', value: offer.ects, unitText: 'ECTS' }
      : undefined,
    hasCourseInstance: [instance],
    ...(offer.fee != null
      ? {
          offers: {
            '@type': 'Offer',
            category: offer.fee === 0 ? 'Free' : 'Paid',
            price: offer.fee,
            priceCurrency: 'EUR',
            ...(offer.applicationUrl ? { url: offer.applicationUrl } : {}),
            ...(offer.applicationDeadline ? { availabilityEnds: offer.applicationDeadline } : {}),
          },
        }
      : {}),
  }
}
