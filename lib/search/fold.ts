/** Letters that do not decompose into a base letter and a mark. */
const special: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
}

/**
 * Text as search compares it: lower case, without diacritics, single spaces. "Seinäjoki" and
 * "seinajoki", "česky" and "cesky", "Vilniaus kolegiją" and "kolegija" fold alike.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđı]/g, (letter) => special[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

type LexicalNode = { text?: unknown; children?: LexicalNode[] }

/** The words of a Lexical rich-text value, in order. */
export function plainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  const words: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') words.push(node.text)
    node.children?.forEach(walk)
  }
  if (root) walk(root)
  return words.join(' ')
}
