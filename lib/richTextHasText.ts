type Node = { text?: unknown; children?: unknown }

/**
 * Whether Lexical rich text holds any words: an editor's emptied field is stored as a root with
 * one empty paragraph, not as nothing, and must count as empty like a missing value.
 */
export function richTextHasText(value: unknown): boolean {
  const walk = (node: Node | undefined): boolean =>
    Boolean(node) &&
    ((typeof node?.text === 'string' && node.text.trim() !== '') ||
      (Array.isArray(node?.children) && (node.children as Node[]).some(walk)))
  return walk((value as { root?: Node } | null | undefined)?.root)
}
