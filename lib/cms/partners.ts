import { partnerKinds } from '../../collections/Partners'
import type { Locale } from '../../i18n/locales'
import type { Partner } from '../../payload-types'
import { withApprovedText } from './approved'
import { cachedRead } from './cache'
import { payloadClient } from './client'

export type PartnerGroup = { kind: Partner['kind']; partners: Partner[] }

/** Partners grouped by kind, in the order the alliance presents them. */
export const listPartnerGroups = cachedRead('partners', ['partners'], async (locale: Locale) => {
  const payload = await payloadClient()
  const read = async (locale: Locale, ids?: (number | string)[]) =>
    (
      await payload.find({
        collection: 'partners',
        locale,
        fallbackLocale: 'en',
        overrideAccess: false,
        where: ids ? { id: { in: ids } } : undefined,
        sort: 'order',
        limit: 500,
        depth: 1,
      })
    ).docs
  const docs = await withApprovedText('partners', locale, await read(locale), read)
  return partnerKinds
    .map((kind): PartnerGroup => ({ kind, partners: docs.filter((p) => p.kind === kind) }))
    .filter((group) => group.partners.length > 0)
})
