import type { Field } from 'payload'

/** A localized field that carries translatable text, found at `path` in a document. */
export type TextField = {
  /** Dotted path; an array row is named by its id (`purpose.paragraphs.65ab….text`). */
  path: string
  kind: 'text' | 'richText'
  maxLength?: number
  required: boolean
}

// Localized text that is no prose for an agency: each language's address is made from its title.
const notTranslated = new Set(['slug'])

type Row = { id?: unknown } & Record<string, unknown>

/**
 * The localized text fields of a document, in the order editors see them. Array rows come from
 * the English document (`source`): their ids are the same in every language, since arrays here
 * are not localized, only the fields inside them.
 */
export function textFields(
  fields: Field[],
  source: Record<string, unknown>,
  prefix = '',
): TextField[] {
  return fields.flatMap((field): TextField[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? textFields(tab.fields, (source[tab.name] ?? {}) as Row, `${prefix}${tab.name}.`)
          : textFields(tab.fields, source, prefix),
      )
    if (field.type === 'row' || field.type === 'collapsible')
      return textFields(field.fields, source, prefix)
    if (!('name' in field) || !field.name || notTranslated.has(field.name)) return []
    const path = `${prefix}${field.name}`
    const admin = field.admin as { readOnly?: boolean; hidden?: boolean } | undefined
    if (admin?.readOnly || admin?.hidden || field.type === 'ui') return []
    if (field.type === 'group' && !field.localized)
      return textFields(field.fields, (source[field.name] ?? {}) as Row, `${path}.`)
    if (field.type === 'array' && !field.localized)
      return ((source[field.name] ?? []) as Row[]).flatMap((row) =>
        typeof row.id === 'string' || typeof row.id === 'number'
          ? textFields(field.fields, row, `${path}.${row.id}.`)
          : [],
      )
    if (!('localized' in field) || !field.localized) return []
    const required = Boolean((field as { required?: boolean }).required)
    if (field.type === 'text' || field.type === 'textarea')
      return [{ path, kind: 'text', maxLength: field.maxLength, required }]
    if (field.type === 'richText') return [{ path, kind: 'richText', required }]
    return []
  })
}

/** The value at a TextField's path; array rows are found by id. */
export function valueAt(doc: unknown, path: string): unknown {
  let node: unknown = doc
  for (const key of path.split('.')) {
    if (Array.isArray(node)) node = (node as Row[]).find((row) => String(row.id) === key)
    else if (node && typeof node === 'object') node = (node as Row)[key]
    else return undefined
  }
  return node
}

/** Sets the value at a path in place: groups are made as needed, array rows must exist. */
export function setValueAt(doc: Row, path: string, value: unknown): void {
  const keys = path.split('.')
  let node: Row | Row[] = doc
  for (const key of keys.slice(0, -1)) {
    const next: unknown = Array.isArray(node)
      ? node.find((row) => String(row.id) === key)
      : (node[key] ??= {})
    if (!next || typeof next !== 'object') throw new Error(`no ${key} at ${path}`)
    node = next as Row | Row[]
  }
  ;(node as Row)[keys[keys.length - 1]] = value
}
