import { badInputIs400 } from './apiErrors'
import { hideSuggestions } from './graphqlErrors'
import { missingFileIs404 } from './missingFile'
import { whereShapeProblem } from './whereShape'
import {
  APIError,
  isValidID,
  NotFound,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Plugin,
} from 'payload'

/** The most documents one anonymous REST or GraphQL request may read. */
export const MAX_PUBLIC_LIMIT = 100
/** Deeper pages than this are a scan, not a visitor: `page` beyond it is refused. */
export const MAX_PAGE = 10_000
/** How deep `depth` may populate relations for anyone (Payload's `maxDepth`; its default is 10). */
export const MAX_DEPTH = 3

type ReadArgs = { limit?: unknown; page?: unknown; pagination?: unknown }

const badRequest = (what: string) => new APIError(`Invalid ${what}.`, 400, null, true)

/**
 * Requests through REST and GraphQL: a `where` (and each join's) must have the shape of a query
 * (lib/whereShape.ts). Reads: `page` and `limit` must be sane numbers (a negative or huge
 * page would reach the database as an offset), and anonymous clients get at most
 * MAX_PUBLIC_LIMIT documents, always paginated (`limit=0` and `pagination=false` would otherwise
 * return a whole collection). The site's own local-API reads are not affected.
 */
export const capApiReads: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local') return args
  // An id that cannot be one (`/api/institutions/abc` on SQLite) is a 404, not a failed query.
  const id = (args as { id?: unknown }).id
  if (id !== undefined && !isPossibleID(id, req.payload.db.defaultIDType)) throw new NotFound(req.t)
  const { where, joins } = args as { where?: unknown; joins?: unknown }
  const typeAt = (path: string) => fieldTypeAt(collection.flattenedFields, path)
  const whereProblem = [
    whereShapeProblem(where, typeAt),
    ...joinWheres(joins).map((joinWhere) => whereShapeProblem(joinWhere)),
  ].find(Boolean)
  if (whereProblem) throw new APIError(`Invalid where: ${whereProblem}.`, 400, null, true)
  if (operation !== 'read') return args
  const read = args as ReadArgs
  if (read.page !== undefined && !isWhole(read.page, 1, MAX_PAGE)) throw badRequest('page')
  if (read.limit !== undefined && !isWhole(read.limit, 0, Number.MAX_SAFE_INTEGER))
    throw badRequest('limit')
  if (req.user) return args
  // No limit means Payload's page of 10; 0 means "everything", which is what the cap is for.
  const limit =
    read.limit === undefined
      ? undefined
      : Math.min((read.limit as number) || MAX_PUBLIC_LIMIT, MAX_PUBLIC_LIMIT)
  return { ...args, limit, pagination: true }
}

/** The type of the field at a dotted path through groups and named tabs; undefined past a relation. */
function fieldTypeAt(fields: FlattenedField[], path: string): string | undefined {
  const [name, ...rest] = path.split('.')
  const field = fields.find((f) => f.name === name)
  if (!field || rest.length === 0) return field?.type
  return 'flattenedFields' in field ? fieldTypeAt(field.flattenedFields, rest.join('.')) : undefined
}

/** Each join's own `where` (`joins[<field>][where]`), which reaches the database like the main one. */
function joinWheres(joins: unknown): unknown[] {
  if (typeof joins !== 'object' || joins === null) return []
  return Object.values(joins).map((join) =>
    typeof join === 'object' && join !== null ? (join as { where?: unknown }).where : undefined,
  )
}

function isPossibleID(id: unknown, type: 'number' | 'text'): boolean {
  if (type === 'number') return /^\d{1,15}$/.test(String(id))
  return isValidID(String(id), 'text') && String(id).length <= 200
}

function isWhole(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

/**
 * Adds the read caps to every collection (including the ones plugins add), clean 400s, a 404 for
 * a missing upload file, and GraphQL errors without "Did you mean …" in production.
 */
export const apiLimits: Plugin = (config) => ({
  ...config,
  maxDepth: MAX_DEPTH,
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), badInputIs400] },
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [
      ...(config.graphQL?.validationRules?.(args) ?? []),
      ...hideSuggestions(args),
    ],
  },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capApiReads],
    },
    ...(collection.upload && {
      upload: {
        ...(typeof collection.upload === 'object' ? collection.upload : {}),
        handlers: [
          missingFileIs404,
          ...((typeof collection.upload === 'object' && collection.upload.handlers) || []),
        ],
      },
    }),
  })),
})
