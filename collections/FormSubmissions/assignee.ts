import type { Field, RelationshipFieldSingleValidation } from 'payload'

/**
 * Which reviewer handles a submission: any reviewer, picked by name. The picker offers reviewers
 * only, and the server refuses anyone else whatever the client sends.
 */
const onlyReviewers: RelationshipFieldSingleValidation = async (value, { req }) => {
  if (value === null || value === undefined) return true
  const id = typeof value === 'object' ? (value as { value?: unknown }).value : value
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ id: { equals: id } }, { roles: { in: ['reviewer'] } }] },
    req,
  })
  return totalDocs > 0 || (req.t as (key: string) => string)('heroes:assigneeNotReviewer')
}

export const assigneeField: Field = {
  name: 'assignee',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  filterOptions: { roles: { in: ['reviewer'] } },
  validate: onlyReviewers,
  admin: { position: 'sidebar' },
}
