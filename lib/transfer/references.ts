import { createHash } from 'node:crypto'

import type { FlattenedField, SanitizedConfig } from 'payload'

export type Id = number | string
export type IdKind = 'number' | 'objectid'
type Data = Record<string, unknown>

/**
 * How a document id of one database becomes an id in another. Same kind: unchanged, so every
 * reference stays valid. SQLite numbers → MongoDB: a deterministic ObjectId per collection and
 * number. MongoDB ObjectIds → SQLite: 1, 2, 3… in export order (built from the whole export).
 */
export function idMapper(
  exported: Record<string, Id[]>,
  target: IdKind,
): (collection: string, id: Id) => Id {
  const numbered = new Map<string, Map<Id, number>>()
  for (const [collection, ids] of Object.entries(exported)) {
    numbered.set(collection, new Map(ids.map((id, i) => [id, i + 1])))
  }
  return (collection, id) => {
    if (target === 'objectid' && typeof id === 'number') {
      const prefix = createHash('sha1').update(collection).digest('hex').slice(0, 8)
      return prefix + id.toString(16).padStart(16, '0')
    }
    if (target === 'number' && typeof id === 'string') {
      const n = numbered.get(collection)?.get(id)
      if (n === undefined) throw new Error(`${collection} ${id} is referenced but not exported`)
      return n
    }
    return id
  }
}

type MapId = (collection: string, id: Id) => Id

const isId = (v: unknown): v is Id => typeof v === 'number' || typeof v === 'string'

/** Rewrites every reference in a stored document (relationships, uploads, rich text links). */
export function mapReferences(
  fields: FlattenedField[],
  data: Data,
  mapId: MapId,
  config: SanitizedConfig,
): Data {
  const out: Data = { ...data }
  const locales = new Set(config.localization ? config.localization.localeCodes : [])
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    if (field.type === 'join') {
      delete out[field.name]
      continue
    }
    const value = data[field.name]
    const one = (v: unknown) => mapValue(field, v, mapId, config)
    const byLocale =
      field.localized &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).every((key) => locales.has(key))
    out[field.name] = byLocale
      ? Object.fromEntries(Object.entries(value as Data).map(([locale, v]) => [locale, one(v)]))
      : one(value)
  }
  return out
}

function mapValue(field: FlattenedField, value: unknown, mapId: MapId, config: SanitizedConfig) {
  if (value === null || value === undefined) return value
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      const single = (v: unknown) => {
        if (Array.isArray(field.relationTo)) {
          const ref = v as { relationTo: string; value: unknown }
          return ref && isId(ref.value) ? { ...ref, value: mapId(ref.relationTo, ref.value) } : ref
        }
        return isId(v) ? mapId(field.relationTo as string, v) : v
      }
      return Array.isArray(value) ? value.map(single) : single(value)
    }
    case 'group':
      return mapReferences(field.flattenedFields, value as Data, mapId, config)
    case 'array':
      return (value as Data[]).map((row) =>
        mapReferences(field.flattenedFields, row, mapId, config),
      )
    case 'blocks':
      return (value as Data[]).map((row) => {
        const block =
          field.blocks.find((b) => b.slug === row.blockType) ??
          config.blocks?.find((b) => b.slug === row.blockType)
        return block ? mapReferences(block.flattenedFields, row, mapId, config) : row
      })
    case 'richText':
      return mapRichText(value, mapId)
    default:
      return value
  }
}

/** Lexical stores uploads, relationships and internal links as `{ relationTo, value }` nodes. */
function mapRichText(node: unknown, mapId: MapId): unknown {
  if (Array.isArray(node)) return node.map((n) => mapRichText(n, mapId))
  if (!node || typeof node !== 'object') return node
  const out: Data = {}
  for (const [key, value] of Object.entries(node)) out[key] = mapRichText(value, mapId)
  const { relationTo, value } = node as Data
  if (typeof relationTo === 'string' && isId(value)) out.value = mapId(relationTo, value)
  return out
}
