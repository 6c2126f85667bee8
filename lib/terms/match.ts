/** One language's entry of the term base, as the checks need it. */
export type TermEntry = { concept: string; preferred: string; forbidden: string[] }

export type ForbiddenUse = { concept: string; variant: string; preferred: string; found: string }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A variant matches where a word starts with it, in any case: `lippulaiva` finds the inflected
 * `lippulaivaan`, `miestel` every form of `miestelis`. Whitespace inside a variant matches any
 * run of spaces (line breaks in a paragraph included).
 */
function variantPattern(variant: string): RegExp {
  const body = variant.normalize('NFC').trim().split(/\s+/).map(escape).join('\\s+')
  // The rest of the word is part of the match, so a warning quotes the word as written.
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}[\\p{L}\\p{N}]*`, 'iu')
}

/** Each forbidden variant `text` uses (once per variant), with the term to write instead. */
export function findForbidden(text: string, terms: TermEntry[]): ForbiddenUse[] {
  const normalized = text.normalize('NFC')
  const found: ForbiddenUse[] = []
  for (const term of terms)
    for (const variant of term.forbidden) {
      if (!variant.trim()) continue
      const match = variantPattern(variant).exec(normalized)
      if (match)
        found.push({ concept: term.concept, variant, preferred: term.preferred, found: match[0] })
    }
  return found
}

/**
 * Every string in a document's value: plain fields, arrays and groups, and the text nodes of
 * Lexical rich text, so one check covers any localized field.
 */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(textsOf)
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>
    // Lexical nodes: only their text (and a link's children), never type names or URLs.
    if (typeof node.type === 'string' && ('children' in node || 'text' in node)) {
      if (typeof node.text === 'string') return [node.text]
      return textsOf(node.children)
    }
    if ('root' in node) return textsOf(node.root)
    return Object.entries(node)
      .filter(([key]) => !technicalKeys.has(key))
      .flatMap(([, child]) => textsOf(child))
  }
  return []
}

// Values that are not prose: identifiers, addresses, states and dates.
const technicalKeys = new Set([
  'id',
  'slug',
  '_status',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'translationTimes',
  'website',
  'email',
  'url',
  'blockType',
])
