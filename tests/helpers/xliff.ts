import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  attr,
  buildXml,
  childrenOf,
  elements,
  parseXml,
  tagOf,
  type XmlNode,
} from '../../lib/xliff/xml'

/** Text nodes mapped, codes kept: what a translator's tool does to a segment. */
const mapText = (nodes: XmlNode[], translate: (text: string) => string): XmlNode[] =>
  nodes.map((node) => {
    const tag = tagOf(node)
    if (tag === '#text') return { '#text': translate(String(node['#text'])) }
    return { ...node, [tag!]: mapText(childrenOf(node), translate) }
  })

/**
 * An agency's work, by script: every segment gets a <target> made from its <source> with each
 * text run passed through `translate`, inline codes left where they are.
 */
export function translateXliff(xml: string, translate: (text: string) => string): string {
  const nodes = parseXml(xml)
  if (!nodes) throw new Error('exported file does not parse')
  const walk = (list: XmlNode[]): XmlNode[] =>
    list.map((node) => {
      const tag = tagOf(node)
      if (!tag || tag === '#text' || tag === '?xml') return node
      if (tag !== 'segment') return { ...node, [tag]: walk(childrenOf(node)) }
      const source = elements(childrenOf(node), 'source')[0]
      const target = { target: mapText(childrenOf(source), translate) } as XmlNode
      return { ...node, segment: [source, target] }
    })
  return buildXml(walk(nodes).filter((n) => tagOf(n) !== '?xml'))
}

/** Edits an XLIFF file's tree (to make the mismatches an import must refuse). */
export function editXliff(xml: string, edit: (root: XmlNode) => void): string {
  const nodes = parseXml(xml)!
  const root = elements(nodes, 'xliff')[0]
  edit(root)
  return buildXml(nodes.filter((n) => tagOf(n) !== '?xml'))
}

export const findAll = (node: XmlNode, tag: string): XmlNode[] =>
  childrenOf(node).flatMap((child) => [
    ...(tagOf(child) === tag ? [child] : []),
    ...(tagOf(child) === '#text' ? [] : findAll(child, tag)),
  ])

export const setAttr = (node: XmlNode, name: string, value: string) => {
  node[':@'] = { ...(node[':@'] ?? {}), [`@_${name}`]: value }
}
export { attr }

const schema = path.join(process.cwd(), 'tests', 'fixtures', 'xliff', 'validate.xsd')

/**
 * Validates a file against the XLIFF 2.0 core schema and the glossary module's with xmllint
 * (Debian's libxml2-utils, installed by .ci/run): the validator's own message on failure.
 */
export function validateXliff(xml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heroes-xliff-'))
  const file = path.join(dir, 'export.xlf')
  fs.writeFileSync(file, xml)
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { stdio: 'pipe' })
    return 'valid'
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer }
    if (e.code === 'ENOENT')
      throw new Error('xmllint is missing: apt-get install -y libxml2-utils (as .ci/run does)')
    return String(e.stderr)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
