import type { Partner } from '../../payload-types'

type PartnerSeed = Omit<Partner, 'id' | 'createdAt' | 'updatedAt'>

const hei = (order: number, p: Omit<PartnerSeed, 'kind' | 'order'>): PartnerSeed => ({
  ...p,
  kind: 'associated-hei',
  order,
})
const advisor = (order: number, p: Omit<PartnerSeed, 'kind' | 'order'>): PartnerSeed => ({
  ...p,
  kind: 'advisory-network',
  order,
})

/**
 * Associated partners as the alliance lists them, with their countries where it gives them; the
 * 70+ others are described on the home global. Their websites are not in the alliance's text:
 * editors add each once confirmed (docs/content-sources.md).
 */
export const partners: PartnerSeed[] = [
  hei(1, {
    name: 'Artois University',
    slug: 'artois-university',
    country: 'FR',
    description: 'Associated higher education institution from France.',
  }),
  hei(2, {
    name: '"Ismail Qemali" University Vlora',
    slug: 'ismail-qemali-university-vlora',
    country: 'AL',
    description: 'Associated higher education institution from Albania.',
  }),
  hei(3, {
    name: 'Universum International College',
    slug: 'universum-international-college',
    country: 'XK',
    description: 'Associated higher education institution from Kosovo.',
  }),
  hei(4, {
    name: 'Ukrainian Catholic University',
    slug: 'ukrainian-catholic-university',
    country: 'UA',
    description: 'Associated higher education institution from Ukraine.',
  }),
  hei(5, {
    name: 'Hellenic Mediterranean University',
    slug: 'hellenic-mediterranean-university',
    country: 'GR',
    description: 'Associated higher education institution from Greece.',
  }),
  advisor(1, {
    name: 'Erasmus Student Network',
    slug: 'erasmus-student-network',
    description: 'Member of the International Advisory Network.',
  }),
  advisor(2, {
    name: 'EURASHE',
    slug: 'eurashe',
    description: 'Member of the International Advisory Network.',
  }),
  advisor(3, {
    name: 'UAS4EUROPE',
    slug: 'uas4europe',
    description: 'Member of the International Advisory Network.',
  }),
  advisor(4, {
    name: 'Lifelong Learning Platform',
    slug: 'lifelong-learning-platform',
    description: 'Member of the International Advisory Network.',
  }),
]
