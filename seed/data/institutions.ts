import type { Institution } from '../../payload-types'

type InstitutionSeed = Omit<Institution, 'id' | 'createdAt' | 'updatedAt'>

const member = (
  order: number,
  fields: Pick<InstitutionSeed, 'name' | 'slug' | 'country'>,
): InstitutionSeed => ({ ...fields, kind: 'member', order })

/**
 * The nine members, in the order the alliance lists them, with what its text gives: the name and
 * the country. Their native names, cities, websites, map positions, summaries and descriptions
 * are not in it, so they are left for each member to confirm and editors to enter; the pages and
 * the map leave out what is empty (docs/content-sources.md).
 */
export const institutions: InstitutionSeed[] = [
  member(1, {
    name: 'Thomas More University of Applied Sciences',
    slug: 'thomas-more',
    country: 'BE',
  }),
  member(2, { name: 'Fontys University of Applied Sciences', slug: 'fontys', country: 'NL' }),
  member(3, { name: 'University College Northern Denmark', slug: 'ucn', country: 'DK' }),
  member(4, { name: 'Polytechnic University of Beja', slug: 'ipbeja', country: 'PT' }),
  member(5, { name: 'Deggendorf Institute of Technology', slug: 'thd', country: 'DE' }),
  member(6, { name: 'Halmstad University', slug: 'halmstad', country: 'SE' }),
  member(7, { name: 'Seinäjoki University of Applied Sciences', slug: 'seamk', country: 'FI' }),
  member(8, {
    name: 'Vilniaus kolegija / Higher Education Institution',
    slug: 'vilniaus-kolegija',
    country: 'LT',
  }),
  member(9, { name: 'Mendel University in Brno', slug: 'mendelu', country: 'CZ' }),
]
