import { type Code, CodeTable, isInline, type LexicalNode, toXliff } from './inline'
import type { XmlNode } from './xml'

/** One translatable run of rich text: a paragraph, heading, quote or list item's text. */
export type Segment = { id: string; source: XmlNode[]; codes: Map<string, Code>; text: string }

type Root = { root: LexicalNode }

const plainText = (nodes: LexicalNode[]): string =>
  nodes
    .map((n) => (n.type === 'text' ? String(n.text ?? '') : plainText(n.children ?? [])))
    .join('')

/**
 * Rich text as segments, one per block that holds text, named by its place in the tree (`p3-1`:
 * the second item of the fourth block). The structure itself (block types, heading levels, list
 * kinds, nesting) stays in the source document; only the text and its inline codes travel.
 */
export function richTextSegments(value: unknown, table: CodeTable): Segment[] {
  const root = (value as Root | null)?.root
  if (!root) return []
  const segments: Segment[] = []
  const walk = (node: LexicalNode, path: number[]) => {
    const children = node.children ?? []
    const inline = children.filter(isInline)
    if (inline.length && path.length) {
      const before = new Set(table.codes.keys())
      const source = toXliff(inline, table)
      const codes = new Map([...table.codes].filter(([id]) => !before.has(id)))
      const text = plainText(inline)
      if (text.trim() || codes.size)
        segments.push({ id: `p${path.join('-')}`, source, codes, text })
    }
    children.forEach((child, i) => {
      if (!isInline(child)) walk(child, [...path, i])
    })
  }
  walk(root, [])
  return segments
}

/**
 * The source's rich text with each segment's inline content replaced by its translation: the
 * tree is the source's, so structure comes back exactly as it was.
 */
export function rebuildRichText(value: unknown, translated: Map<string, LexicalNode[]>): Root {
  const copy = structuredClone(value) as Root
  const walk = (node: LexicalNode, path: number[]) => {
    const children = node.children ?? []
    const replacement = translated.get(`p${path.join('-')}`)
    const next: LexicalNode[] = []
    let placed = false
    children.forEach((child, i) => {
      if (isInline(child)) {
        if (!replacement) next.push(child)
        else if (!placed) next.push(...replacement)
        placed = true
      } else {
        walk(child, [...path, i])
        next.push(child)
      }
    })
    if (node.children) node.children = next
  }
  walk(copy.root, [])
  return copy
}
