/**
 * Builds Lexical rich text from plain blocks, so the seed data reads like the client's text.
 * A string is a paragraph; `{ h: 'Title' }` a second-level heading; `{ list: [...] }` a bullet list.
 */
export type Block = string | { h: string } | { list: string[] }

type Node = { type: string; version: number; [key: string]: unknown }

const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }
const text = (value: string): Node => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const paragraph = (value: string): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: [text(value)],
})

function toNode(block: Block): Node {
  if (typeof block === 'string') return paragraph(block)
  if ('h' in block) return { ...base, type: 'heading', tag: 'h2', children: [text(block.h)] }
  return {
    ...base,
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    children: block.list.map((item, i) => ({
      ...base,
      type: 'listitem',
      value: i + 1,
      children: [text(item)],
    })),
  }
}

export function richText(...blocks: Block[]) {
  return { root: { ...base, type: 'root', children: blocks.map(toNode) } }
}
