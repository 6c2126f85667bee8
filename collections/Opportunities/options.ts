/**
 * What an opportunity is (messages: Opportunities.kinds). A call invites applications (for
 * students, staff or partners); the other kinds are learning offers, which have a level, credits
 * and a mode of study.
 */
export const opportunityKinds = [
  'call',
  'joint-programme',
  'course',
  'micro-credential',
  'mooc',
  'summer-school',
  'challenge',
] as const
export type OpportunityKind = (typeof opportunityKinds)[number]

export const isCall = (kind: unknown) => kind === 'call'

/** Who a call is for (messages: Opportunities.callFor). */
export const callAudiences = ['students', 'staff', 'partners'] as const

/** How a learning offer is studied (messages: Opportunities.modes). */
export const studyModes = ['online', 'blended', 'onsite'] as const
export type StudyMode = (typeof studyModes)[number]

/**
 * European Qualifications Framework levels a higher-education offer can sit at: 4 (access
 * courses, some micro-credentials) to 8 (doctorate). Values are strings: Payload's selects store text.
 */
export const eqfLevels = ['4', '5', '6', '7', '8'] as const
