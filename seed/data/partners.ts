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

/** Associated partners as the alliance lists them; the 70+ others are described on the home global. */
export const partners: PartnerSeed[] = [
  hei(1, {
    name: 'Artois University',
    slug: 'artois-university',
    country: 'FR',
    website: 'https://www.univ-artois.fr',
    description: 'Associated higher education institution from France.',
  }),
  hei(2, {
    name: '"Ismail Qemali" University Vlora',
    slug: 'ismail-qemali-university-vlora',
    country: 'AL',
    website: 'https://univlora.edu.al',
    description: 'Associated higher education institution from Albania.',
  }),
  hei(3, {
    name: 'Universum International College',
    slug: 'universum-international-college',
    country: 'XK',
    website: 'https://universum-ks.org',
    description: 'Associated higher education institution from Kosovo.',
  }),
  hei(4, {
    name: 'Ukrainian Catholic University',
    slug: 'ukrainian-catholic-university',
    country: 'UA',
    website: 'https://ucu.edu.ua',
    description: 'Associated higher education institution from Ukraine.',
  }),
  hei(5, {
    name: 'Hellenic Mediterranean University',
    slug: 'hellenic-mediterranean-university',
    country: 'GR',
    website: 'https://www.hmu.gr',
    description: 'Associated higher education institution from Greece.',
  }),
  advisor(1, {
    name: 'Erasmus Student Network',
    slug: 'erasmus-student-network',
    website: 'https://www.esn.org',
    description: 'Member of the International Advisory Network.',
  }),
  advisor(2, {
    name: 'EURASHE',
    slug: 'eurashe',
    website: 'https://www.eurashe.eu',
    description: 'Member of the International Advisory Network.',
  }),
  advisor(3, {
    name: 'UAS4EUROPE',
    slug: 'uas4europe',
    website: 'https://www.uas4europe.eu',
    description: 'Member of the International Advisory Network.',
  }),
  advisor(4, {
    name: 'Lifelong Learning Platform',
    slug: 'lifelong-learning-platform',
    website: 'https://lllplatform.eu',
    description: 'Member of the International Advisory Network.',
  }),
]
