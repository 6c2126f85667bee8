import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * XML through fast-xml-parser in its order-preserving form, the only one that keeps mixed content
 * (text between inline codes) in order: an element is `{ tag: children, ':@': attributes }`, a
 * text `{ '#text': value }`.
 */
export type XmlNode = { [tag: string]: XmlNode[] | Attributes | string | undefined } & {
  ':@'?: Attributes
  '#text'?: string
}
export type Attributes = Record<string, string>

const ATTR = '@_'

export const el = (tag: string, attributes: Attributes, children: XmlNode[] = []): XmlNode => {
  const node: XmlNode = { [tag]: children }
  const entries = Object.entries(attributes).filter(([, v]) => v !== undefined && v !== '')
  if (entries.length) node[':@'] = Object.fromEntries(entries.map(([k, v]) => [ATTR + k, v]))
  return node
}

// Characters XML 1.0 cannot carry as text: XLIFF's <cp hex="…"/> stands for each.
const notXmlChar =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Text as XLIFF content: plain text, with `<cp>` for what XML cannot hold. */
export function textNodes(value: string): XmlNode[] {
  const nodes: XmlNode[] = []
  let rest = value
  while (rest) {
    const found = notXmlChar.exec(rest)
    if (!found) {
      nodes.push({ '#text': rest })
      break
    }
    if (found.index > 0) nodes.push({ '#text': rest.slice(0, found.index) })
    const hex = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    nodes.push(el('cp', { hex }))
    rest = rest.slice(found.index + 1)
  }
  return nodes
}

export const tagOf = (node: XmlNode): string | undefined =>
  Object.keys(node).find((key) => key !== ':@')

export const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node)
  const value = tag ? node[tag] : undefined
  return Array.isArray(value) ? value : []
}

export const attr = (node: XmlNode, name: string): string | undefined => {
  const value = node[':@']?.[ATTR + name]
  return value === undefined ? undefined : String(value)
}

/** Elements only (whitespace between them dropped), optionally of one tag. */
export const elements = (nodes: XmlNode[], tag?: string): XmlNode[] =>
  nodes.filter((n) => {
    const t = tagOf(n)
    return t !== undefined && t !== '#text' && t !== '?xml' && (tag === undefined || t === tag)
  })

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  suppressEmptyNode: true,
  format: false,
})

export const buildXml = (nodes: XmlNode[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(nodes)}\n`

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  // Text is content: spaces around inline codes matter, numbers stay strings.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // The predefined entities and character references (`&#x41;`); a DOCTYPE is refused before.
  processEntities: true,
  htmlEntities: true,
})

/** Parses an XLIFF file; null when it is no well-formed XML or declares a DOCTYPE. */
export function parseXml(text: string): XmlNode[] | null {
  // No DOCTYPE: entity declarations could expand without bound, and XLIFF never needs one.
  if (/<!DOCTYPE/i.test(text)) return null
  if (XMLValidator.validate(text) !== true) return null
  try {
    return parser.parse(text, true) as XmlNode[]
  } catch {
    return null
  }
}
