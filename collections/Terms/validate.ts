import type { SelectFieldSingleValidation, TextFieldManyValidation } from 'payload'
import { select, text } from 'payload/shared'

import { fillMessage } from '../../lib/fillMessage'
import { findForbidden } from '../../lib/terms/match'

type Sibling = { concept?: string; preferred?: string }

/**
 * One entry per concept and language, so a text is never checked against two answers. Payload's
 * own select check (required, a known language) runs first: a custom validate replaces it.
 */
export const oneEntryPerLanguage: SelectFieldSingleValidation = async (value, options) => {
  const builtIn = await select(value, options as never)
  if (builtIn !== true) return builtIn
  const { req, id, siblingData } = options
  const concept = (siblingData as Sibling).concept
  if (typeof value !== 'string' || !concept) return true
  const { totalDocs } = await req.payload.count({
    collection: 'terms',
    where: {
      concept: { equals: concept },
      language: { equals: value },
      ...(id === undefined ? {} : { id: { not_equals: id } }),
    },
  })
  return totalDocs === 0 ? true : req.t('heroes:termTaken' as never)
}

/** A variant found in the preferred term itself would flag every correct text. */
export const variantsSparePreferred: TextFieldManyValidation = async (value, options) => {
  const builtIn = await text(value as never, options as never)
  if (builtIn !== true) return builtIn
  const preferred = (options.siblingData as Sibling).preferred ?? ''
  const clash = findForbidden(preferred, [
    { concept: '', preferred, forbidden: ((value ?? []) as string[]).filter(Boolean) },
  ])[0]
  return clash
    ? fillMessage(options.req.t('heroes:termVariantMatchesPreferred' as never), {
        variant: clash.variant,
      })
    : true
}
