import type { Locale } from '../../i18n/locales'
import { listFlagships } from '../cms/flagships'
import { listMembers } from '../cms/institutions'
import type { FilterContext } from './filters'

/** The members and flagships events refer to, with their names in `locale`. */
export async function eventContext(locale: Locale): Promise<FilterContext> {
  const [members, flagships] = await Promise.all([listMembers(locale), listFlagships(locale)])
  return {
    members: members.map((m) => ({ id: m.id, slug: m.slug, name: m.name })),
    flagships: flagships.map((f) => ({ id: f.id, slug: f.slug, name: f.title })),
  }
}
