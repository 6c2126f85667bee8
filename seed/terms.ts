import type { Payload, RequestContext } from 'payload'

import { terms } from './data/terms'

const context: RequestContext = { disableRevalidate: true }

/** Adds the term base's entries that are missing (by concept and language); edits are kept. */
export async function seedTerms(payload: Payload): Promise<{ created: number; existing: number }> {
  const tally = { created: 0, existing: 0 }
  const { docs } = await payload.find({
    collection: 'terms',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { concept: true, language: true },
  })
  const present = new Set(docs.map((d) => `${d.concept}/${d.language}`))
  for (const term of terms) {
    if (present.has(`${term.concept}/${term.language}`)) {
      tally.existing += 1
      continue
    }
    await payload.create({
      collection: 'terms',
      data: { ...term, forbidden: term.forbidden?.length ? term.forbidden : undefined },
      context,
    })
    tally.created += 1
  }
  return tally
}
