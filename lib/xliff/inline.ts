import { attr, childrenOf, el, tagOf, textNodes, type XmlNode } from './xml'

/** A Lexical node as stored (rich text's JSON). */
export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  [key: string]: unknown
}

/**
 * What an inline code of the source stands for, by its id: a text format (bold…), a link (its
 * URL and fields come back from the source, never from the file), or a whole node (a line break).
 */
export type Code =
  | { kind: 'format'; bit: number }
  | { kind: 'link'; node: LexicalNode }
  | { kind: 'node'; node: LexicalNode }

/**
 * Lexical's text format bits as XLIFF paired codes (<pc type="fmt">). Bold, italic and underline
 * have the spec's own subtypes (xlf:b, xlf:i, xlf:u); the others are the portal's (hx:…).
 */
const formats: [bit: number, subType: string][] = [
  [1, 'xlf:b'],
  [2, 'xlf:i'],
  [8, 'xlf:u'],
  [4, 'hx:s'],
  [16, 'hx:code'],
  [32, 'hx:sub'],
  [64, 'hx:sup'],
]

const inlineTypes = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])
export const isInline = (node: LexicalNode) => inlineTypes.has(node.type)

/** Numbers a unit's inline codes; ids are unique within the unit, as XLIFF requires. */
export class CodeTable {
  private next = 1
  readonly codes = new Map<string, Code>()
  add(code: Code): string {
    const id = String(this.next++)
    this.codes.set(id, code)
    return id
  }
}

/** Inline Lexical nodes as XLIFF content with <pc>/<ph> codes. */
export function toXliff(nodes: LexicalNode[], table: CodeTable): XmlNode[] {
  return nodes.flatMap((node): XmlNode[] => {
    if (node.type === 'text') {
      const bits = Number(node.format) || 0
      let content = textNodes(String(node.text ?? ''))
      for (const [bit, subType] of [...formats].reverse())
        if (bits & bit)
          content = [
            el('pc', { id: table.add({ kind: 'format', bit }), type: 'fmt', subType }, content),
          ]
      return content
    }
    if (node.type === 'link' || node.type === 'autolink') {
      const { children, ...link } = node
      const url = String((link.fields as { url?: string } | undefined)?.url ?? '')
      const id = table.add({ kind: 'link', node: link })
      return [el('pc', { id, type: 'link', dispStart: url }, toXliff(children ?? [], table))]
    }
    const id = table.add({ kind: 'node', node })
    if (node.type === 'linebreak') return [el('ph', { id, type: 'fmt', subType: 'xlf:lb' })]
    return [el('ph', { id, type: 'other' })]
  })
}

export class CodeMismatch extends Error {
  constructor(readonly codeId: string) {
    super(`unknown inline code ${codeId}`)
  }
}

const textNode = (text: string, format: number): LexicalNode => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/**
 * A translated segment back as Lexical nodes: each code must be one of the source segment's
 * (same id), text takes the formats of the codes around it, and adjacent text in the same format
 * is one node, as Lexical keeps it.
 */
export function fromXliff(nodes: XmlNode[], codes: Map<string, Code>, format = 0): LexicalNode[] {
  const out: LexicalNode[] = []
  const push = (node: LexicalNode) => {
    const last = out[out.length - 1]
    if (node.type === 'text' && last?.type === 'text' && last.format === node.format)
      last.text = `${last.text}${node.text}`
    else out.push(node)
  }
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === '#text') {
      if (node['#text']) push(textNode(String(node['#text']), format))
      continue
    }
    if (tag === 'cp') {
      push(textNode(String.fromCodePoint(parseInt(attr(node, 'hex') ?? '', 16) || 0xfffd), format))
      continue
    }
    // Annotations (a CAT tool's term or comment marks) carry text, not structure.
    if (tag === 'mrk') {
      fromXliff(childrenOf(node), codes, format).forEach(push)
      continue
    }
    if (tag === 'sm' || tag === 'em') continue
    const id = attr(node, 'id') ?? ''
    const code = codes.get(id)
    if (!code || (tag !== 'pc' && tag !== 'ph')) throw new CodeMismatch(id || String(tag))
    if (tag === 'pc' && code.kind === 'format')
      fromXliff(childrenOf(node), codes, format | code.bit).forEach(push)
    else if (tag === 'pc' && code.kind === 'link')
      push({ ...structuredClone(code.node), children: fromXliff(childrenOf(node), codes, format) })
    else if (tag === 'ph' && code.kind === 'node') push(structuredClone(code.node))
    else throw new CodeMismatch(id)
  }
  return out
}
