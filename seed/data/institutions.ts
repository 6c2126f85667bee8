import type { Institution } from '../../payload-types'
import { richText } from '../richText'

type InstitutionSeed = Omit<Institution, 'id' | 'createdAt' | 'updatedAt'>

const member = (
  order: number,
  fields: Omit<InstitutionSeed, 'kind' | 'order' | 'description'> & { about: string[] },
): InstitutionSeed => {
  const { about, ...rest } = fields
  return { ...rest, kind: 'member', order, description: richText(...about) }
}

/** The nine members, in the order the alliance lists them. */
export const institutions: InstitutionSeed[] = [
  member(1, {
    name: 'Thomas More University of Applied Sciences',
    officialName: 'Thomas More Hogeschool',
    slug: 'thomas-more',
    country: 'BE',
    city: 'Mechelen',
    website: 'https://www.thomasmore.be',
    location: { lat: 51.0259, lng: 4.4776 },
    summary:
      'A Flemish university of applied sciences with campuses across the province of Antwerp.',
    about: [
      'Thomas More is one of the largest universities of applied sciences in Flanders, Belgium. Its programmes combine professional education with practice-oriented research carried out with regional businesses, schools, care providers and governments.',
    ],
  }),
  member(2, {
    name: 'Fontys University of Applied Sciences',
    officialName: 'Fontys Hogescholen',
    slug: 'fontys',
    country: 'NL',
    city: 'Eindhoven',
    website: 'https://www.fontys.nl',
    location: { lat: 51.4416, lng: 5.4697 },
    summary: 'A Dutch university of applied sciences in the south of the Netherlands.',
    about: [
      'Fontys offers bachelor, associate degree and master programmes in the south of the Netherlands, with a strong focus on applied research and close cooperation with the Brainport region and other regional partners.',
    ],
  }),
  member(3, {
    name: 'University College Northern Denmark',
    officialName: 'Professionshøjskolen UCN',
    slug: 'ucn',
    country: 'DK',
    city: 'Aalborg',
    website: 'https://www.ucn.dk',
    location: { lat: 57.0488, lng: 9.9217 },
    summary: 'A Danish university college educating professionals for Northern Jutland.',
    about: [
      'UCN educates professionals in health, welfare, education, business and technology in North Denmark, and develops knowledge together with the region’s companies and public institutions.',
    ],
  }),
  member(4, {
    name: 'Polytechnic University of Beja',
    officialName: 'Instituto Politécnico de Beja',
    slug: 'ipbeja',
    country: 'PT',
    city: 'Beja',
    website: 'https://www.ipbeja.pt',
    location: { lat: 38.0151, lng: -7.8632 },
    summary: 'A Portuguese polytechnic in the Alentejo region.',
    about: [
      'The Polytechnic University of Beja offers professional higher education and applied research rooted in the Alentejo, a largely rural region where agriculture, water and sustainable development are central challenges.',
    ],
  }),
  member(5, {
    name: 'Deggendorf Institute of Technology',
    officialName: 'Technische Hochschule Deggendorf',
    slug: 'thd',
    country: 'DE',
    city: 'Deggendorf',
    website: 'https://www.th-deg.de',
    location: { lat: 48.8317, lng: 12.9625 },
    summary: 'A German technical university of applied sciences in Lower Bavaria.',
    about: [
      'Deggendorf Institute of Technology combines engineering, business, health and digital programmes with applied research and technology transfer in Lower Bavaria and beyond.',
    ],
  }),
  member(6, {
    name: 'Halmstad University',
    officialName: 'Högskolan i Halmstad',
    slug: 'halmstad',
    country: 'SE',
    city: 'Halmstad',
    website: 'https://www.hh.se',
    location: { lat: 56.6745, lng: 12.8578 },
    summary: 'A Swedish university on the west coast, known for innovation-driven education.',
    about: [
      'Halmstad University works closely with industry and society on the Swedish west coast, with research and education in health, digitalisation and innovation.',
    ],
  }),
  member(7, {
    name: 'Seinäjoki University of Applied Sciences',
    officialName: 'Seinäjoen ammattikorkeakoulu',
    slug: 'seamk',
    country: 'FI',
    city: 'Seinäjoki',
    website: 'https://www.seamk.fi',
    location: { lat: 62.7903, lng: 22.8403 },
    summary: 'A Finnish university of applied sciences in South Ostrobothnia.',
    about: [
      'Seinäjoki University of Applied Sciences (SeAMK) provides professional higher education and research, development and innovation activities that support the vitality of South Ostrobothnia.',
    ],
  }),
  member(8, {
    name: 'Vilniaus kolegija / Higher Education Institution',
    officialName: 'Vilniaus kolegija',
    slug: 'vilniaus-kolegija',
    country: 'LT',
    city: 'Vilnius',
    website: 'https://www.viko.lt',
    location: { lat: 54.6872, lng: 25.2797 },
    summary: 'A Lithuanian higher education institution offering professional bachelor studies.',
    about: [
      'Vilniaus kolegija is one of the largest higher education institutions of its kind in Lithuania, offering practice-oriented professional bachelor programmes in the capital region.',
    ],
  }),
  member(9, {
    name: 'Mendel University in Brno',
    officialName: 'Mendelova univerzita v Brně',
    slug: 'mendelu',
    country: 'CZ',
    city: 'Brno',
    website: 'https://mendelu.cz',
    location: { lat: 49.2108, lng: 16.615 },
    summary:
      'A Czech university for agriculture, forestry, business, horticulture and development.',
    about: [
      'Mendel University in Brno teaches and researches across agriculture, forestry and wood technology, business and economics, horticulture and regional development, with a strong focus on sustainability.',
    ],
  }),
]
