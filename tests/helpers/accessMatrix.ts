import type { SanitizedConfig } from 'payload'

import { type Role, roles } from '../../access/roles'

/**
 * Who may do what, for every collection and global of the running config: DESIGN.md's least
 * privilege as one table, read by the local-API matrix (tests/int/access.int.test.ts) and the
 * REST/GraphQL matrix over HTTP (tests/e2e/access-matrix.e2e.ts). `coverageProblems` fails both
 * when a collection, global, role or operation has no answer here.
 */
export type Who = 'anonymous' | Role

/** The callers this table answers for; a role added to access/roles.ts must be added here. */
export const answeredFor: readonly Who[] = [
  'anonymous',
  'editor',
  'reviewer',
  'translator',
  'admin',
]

export const NOT_EXPOSED = 'not exposed' as const
type Allowed = readonly Who[]
/**
 * Who is allowed; or, per kind of target document, who is allowed on that kind; or that Payload
 * offers no such operation there (the suites check that it really does not).
 */
export type Cell = Allowed | typeof NOT_EXPOSED | { readonly [variant in Variant]?: Allowed }

/**
 * Kinds of target where the answer depends on the document: published or draft; the caller's own
 * account, preference or lock, or someone else's; a lock on content or on a submission; a
 * scheduled job or a CSV export job; a change to the English text or to the translation in the
 * matrix translator's language (TRANSLATION_LOCALE).
 */
export const variants = [
  'published',
  'draft',
  'own',
  'other',
  'content',
  'submission',
  'exportJob',
  'job',
  'english',
  'translation',
] as const

/** The language of the matrix's translator, and of its `translation` probes. */
export const TRANSLATION_LOCALE = 'lt'
export type Variant = (typeof variants)[number]

export const collectionOps = [
  'read',
  'create',
  'update',
  'delete',
  /** versions and drafts history (`/api/<slug>/versions`) */
  'readVersions',
  /** `POST /api/<slug>/unlock` after too many failed logins (auth collections) */
  'unlock',
  /** panel access (`access.admin` of the admin's user collection) */
  'admin',
  /** create with a file attached (upload collections) */
  'upload',
  /** `GET /api/<slug>/file/<filename>` (upload collections) */
  'download',
] as const
export type CollectionOp = (typeof collectionOps)[number]
export const globalOps = ['read', 'update', 'readVersions'] as const
export type GlobalOp = (typeof globalOps)[number]

const ALL: Allowed = ['anonymous', 'editor', 'reviewer', 'translator', 'admin']
const STAFF: Allowed = ['editor', 'reviewer', 'translator', 'admin']
const E: Allowed = ['editor', 'admin']
/** Editors, and translators for their own language's text (lib/translation/access.ts). */
const ET: Allowed = ['editor', 'translator', 'admin']
const R: Allowed = ['reviewer', 'admin']
const A: Allowed = ['admin']
const NOBODY: Allowed = []
const X = NOT_EXPOSED

const publicContent = {
  read: ALL,
  create: E,
  update: E,
  delete: E,
  readVersions: X,
  unlock: X,
  admin: X,
  upload: X,
  download: X,
} as const
/** Translatable content: translators change their language's text, never English. */
const translatable = { ...publicContent, update: { english: E, translation: ET } } as const
const translatableDraftable = {
  ...translatable,
  read: { published: ALL, draft: ET },
  readVersions: ET,
} as const

export const collections: Record<string, Record<CollectionOp, Cell>> = {
  'press-releases': translatableDraftable,
  events: translatableDraftable,
  opportunities: translatableDraftable,
  pages: translatableDraftable,
  institutions: translatable,
  flagships: translatable,
  partners: translatable,
  // The term base is working material of the people who write and translate.
  terms: { ...publicContent, read: ET },
  media: { ...publicContent, upload: E, download: ALL },
  // Visitors write through POST /api/contact, never through the collection.
  'form-submissions': { ...publicContent, read: R, create: A, update: R, delete: R },
  search: { ...publicContent, create: A, update: A, delete: A },
  // CSV exports of submissions: the export job writes the file; nobody brings their own.
  exports: {
    ...publicContent,
    read: R,
    create: R,
    update: NOBODY,
    delete: R,
    upload: NOBODY,
    download: R,
  },
  // No collection is importable.
  imports: {
    ...publicContent,
    read: A,
    create: NOBODY,
    update: NOBODY,
    delete: A,
    upload: NOBODY,
    download: A,
  },
  'payload-jobs': {
    ...publicContent,
    read: { job: E, exportJob: A },
    create: A,
    update: A,
    delete: A,
  },
  // Edit locks (own: on the caller's account): the admin panel reads, moves and releases them over
  // REST for what its user may edit.
  'payload-locked-documents': {
    ...publicContent,
    read: { content: ET, submission: R, own: STAFF },
    create: { content: ET, submission: R, own: STAFF },
    update: { content: ET, submission: R, own: STAFF },
    delete: { content: ET, submission: R, own: STAFF },
  },
  // Each account's list columns and the like: its own only, admins included.
  'payload-preferences': {
    ...publicContent,
    read: { own: STAFF, other: NOBODY },
    create: STAFF,
    update: { own: STAFF, other: NOBODY },
    delete: { own: STAFF, other: NOBODY },
  },
  'payload-migrations': {
    ...publicContent,
    read: A,
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
  },
  'payload-kv': { ...publicContent, read: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
  // Last: saving an account releases the edit locks on it, which the row above probes. Deleting
  // is tried on another account: a caller deleting their own would end its session.
  users: {
    // "other" is an editor's account: editors read their fellow authors' (access/accounts.ts).
    read: { own: STAFF, other: E },
    create: A,
    update: { own: STAFF, other: A },
    delete: A,
    readVersions: X,
    unlock: A,
    admin: STAFF,
    upload: X,
    download: X,
  },
}

export const globals: Record<string, Record<GlobalOp, Cell>> = {
  home: { read: ALL, update: { english: E, translation: ET }, readVersions: X },
  site: { read: ALL, update: { english: E, translation: ET }, readVersions: X },
  // The job scheduler's bookkeeping, which Payload writes through the database adapter.
  'payload-jobs-stats': { read: A, update: NOBODY, readVersions: X },
}

type Collection = SanitizedConfig['collections'][number]

/** Where Payload offers an operation at all; the table must say NOT_EXPOSED exactly elsewhere. */
function exposed(config: SanitizedConfig, collection: Collection, op: CollectionOp): boolean {
  switch (op) {
    case 'readVersions':
      return Boolean(collection.versions)
    case 'unlock':
      return Boolean(collection.auth)
    case 'admin':
      return config.admin.user === collection.slug
    case 'upload':
    case 'download':
      return Boolean(collection.upload)
    default:
      return true
  }
}

/** Everything the running config has that the table does not answer (or answers wrongly). */
export function coverageProblems(config: SanitizedConfig): string[] {
  const problems: string[] = []
  const callers = ['anonymous', ...roles]
  if ([...callers].sort().join() !== [...answeredFor].sort().join())
    problems.push(
      `callers ${callers.join(', ')} but the table answers for ${answeredFor.join(', ')}`,
    )
  const compare = (kind: string, running: string[], table: string[]) => {
    for (const slug of running)
      if (!table.includes(slug)) problems.push(`${kind} ${slug} has no row in the access matrix`)
    for (const slug of table)
      if (!running.includes(slug)) problems.push(`${kind} ${slug} is in the matrix, not the config`)
  }
  compare(
    'collection',
    config.collections.map((c) => c.slug),
    Object.keys(collections),
  )
  compare(
    'global',
    config.globals.map((g) => g.slug),
    Object.keys(globals),
  )
  const checkCell = (where: string, cell: Cell | undefined, shouldExist: boolean) => {
    if (cell === undefined) return problems.push(`${where} has no answer`)
    if ((cell === NOT_EXPOSED) === shouldExist)
      problems.push(`${where}: Payload ${shouldExist ? 'offers' : 'does not offer'} it`)
    if (cell === NOT_EXPOSED) return
    const lists = Array.isArray(cell) ? [cell as Allowed] : Object.values(cell)
    for (const list of lists)
      for (const who of list)
        if (!answeredFor.includes(who)) problems.push(`${where}: unknown caller ${who}`)
  }
  for (const collection of config.collections) {
    const row = collections[collection.slug]
    if (row)
      for (const op of collectionOps)
        checkCell(`${collection.slug} ${op}`, row[op], exposed(config, collection, op))
  }
  for (const global of config.globals) {
    const row = globals[global.slug]
    if (row)
      for (const op of globalOps)
        checkCell(
          `global ${global.slug} ${op}`,
          row[op],
          op === 'readVersions' ? Boolean(global.versions) : true,
        )
  }
  return problems
}

/** One answer to check: `expected` is whether `who` may do `op` on that kind of target. */
export type Probe = {
  entity: 'collection' | 'global'
  slug: string
  op: CollectionOp | GlobalOp
  variant: Variant | 'any'
  who: Who
  expected: boolean | typeof NOT_EXPOSED
}

export function probes(): Probe[] {
  const list: Probe[] = []
  const expand = (entity: Probe['entity'], slug: string, op: Probe['op'], cell: Cell) => {
    const byVariant: [Probe['variant'], Allowed | typeof NOT_EXPOSED][] =
      cell === NOT_EXPOSED || Array.isArray(cell)
        ? [['any', cell as Allowed | typeof NOT_EXPOSED]]
        : (Object.entries(cell) as [Variant, Allowed][])
    for (const [variant, allowed] of byVariant)
      for (const who of answeredFor)
        list.push({
          entity,
          slug,
          op,
          variant,
          who,
          expected: allowed === NOT_EXPOSED ? NOT_EXPOSED : allowed.includes(who),
        })
  }
  for (const [slug, row] of Object.entries(collections))
    for (const op of collectionOps) expand('collection', slug, op, row[op])
  for (const [slug, row] of Object.entries(globals))
    for (const op of globalOps) expand('global', slug, op, row[op])
  return list
}

export const probeName = (p: Probe) =>
  `${p.entity === 'global' ? 'global ' : ''}${p.slug} ${p.op}${p.variant === 'any' ? '' : ` (${p.variant})`} by ${p.who}`
