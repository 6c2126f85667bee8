import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { type TextField, textFields, valueAt } from './fields'
import { CodeTable } from './inline'
import { richTextSegments, type Segment } from './richText'
import { textNodes } from './xml'

/** One localized field of a document as XLIFF travels it: a unit of one or more segments. */
export type Unit = { id: string; field: TextField; segments: Segment[] }

/** The id of a plain text field's one segment. */
export const TEXT_SEGMENT = 's'

/** The document's translatable units, from its English text; fields without text are left out. */
export function documentUnits(fields: Field[], source: Record<string, unknown>): Unit[] {
  return textFields(fields, source).flatMap((field): Unit[] => {
    const value = valueAt(source, field.path)
    if (field.kind === 'text') {
      if (typeof value !== 'string' || !value.trim()) return []
      const segment = { id: TEXT_SEGMENT, source: textNodes(value), codes: new Map(), text: value }
      return [{ id: field.path, field, segments: [segment] }]
    }
    const segments = richTextSegments(value, new CodeTable())
    return segments.length ? [{ id: field.path, field, segments }] : []
  })
}

/**
 * The version of the English text an export was made from: a hash of every unit's source, so an
 * import is refused once the English changed (other languages' edits do not count).
 */
export function sourceVersion(units: Unit[]): string {
  const content = units.map((u) => [u.id, u.segments.map((s) => [s.id, s.source])])
  return createHash('sha256').update(JSON.stringify(content)).digest('hex')
}
