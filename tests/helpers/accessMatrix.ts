/** Who may do what: DESIGN.md's least-privilege rules, shared by the local-API and HTTP matrices. */
export type Who = 'anonymous' | 'editor' | 'reviewer' | 'admin'
export type Op = 'create' | 'read' | 'update' | 'delete' | 'readDrafts'

export const E = ['editor', 'admin'] as Who[]
export const R = ['reviewer', 'admin'] as Who[]
export const A = ['admin'] as Who[]
export const all = ['anonymous', 'editor', 'reviewer', 'admin'] as Who[]

/** One row per collection. */
export const matrix: Record<string, Partial<Record<Op, Who[]>>> = {
  institutions: { create: E, read: all, update: E, delete: E },
  flagships: { create: E, read: all, update: E, delete: E },
  partners: { create: E, read: all, update: E, delete: E },
  'press-releases': { create: E, read: all, update: E, delete: E, readDrafts: E },
  pages: { create: E, read: all, update: E, delete: E, readDrafts: E },
  media: { create: E, read: all, update: E, delete: E },
  'form-submissions': { create: A, read: R, update: R, delete: R },
  // Users: every signed-in account may read itself; reading, changing or removing others is admin work.
  users: { create: A, read: A, update: A, delete: A },
}
