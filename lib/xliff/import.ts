import type { PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '../../i18n/locales'
import { readDocument, fieldsOf, hasDrafts, titleOf } from './documents'
import { XLIFF_NAMESPACE } from './export'
import { setValueAt, valueAt } from './fields'
import { CodeMismatch, fromXliff, type LexicalNode } from './inline'
import { type DocRef, parseRef, refName } from './refs'
import { rebuildRichText } from './richText'
import { runAtomically } from './transaction'
import { documentUnits, sourceVersion, type Unit } from './units'
import { attr, childrenOf, elements, parseXml, tagOf, type XmlNode } from './xml'

/**
 * Why a file is refused: an admin message key (`heroes:<key>`, in the user's admin language)
 * and its values. Nothing has been written when one is thrown.
 */
export class XliffRefused extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string> = {},
    readonly status = 400,
  ) {
    super(key)
  }
}

type Plan = { ref: DocRef; name: string; data: Record<string, unknown> }

export type ImportResult = { language: Locale; documents: string[] }

/**
 * Reads a translated XLIFF 2.0 file and stores its targets as the documents' text in its target
 * language, all or nothing. Refused, with nothing written: a file that is not XLIFF 2.0, a source
 * language other than English, an unknown target language, a document that does not exist (or
 * that the caller may not edit), a document whose English changed since the export (its version),
 * any unit or segment id the export did not have or that is missing, a segment without
 * translation, an inline code that is not the source's, and text longer than its field allows.
 * Where the collection has drafts the translation is saved as a draft: it waits for approval.
 */
export async function importXliff(req: PayloadRequest, text: string): Promise<ImportResult> {
  const nodes = parseXml(text)
  if (!nodes) throw new XliffRefused('xliffNotXml')
  const root = elements(nodes, 'xliff')[0]
  if (!root || attr(root, 'xmlns') !== XLIFF_NAMESPACE || attr(root, 'version') !== '2.0')
    throw new XliffRefused('xliffNotXliff2')
  const sourceLanguage = attr(root, 'srcLang') ?? ''
  if (sourceLanguage !== defaultLocale)
    throw new XliffRefused('xliffSourceLanguage', { language: sourceLanguage })
  const language = attr(root, 'trgLang') ?? ''
  if (!isLocale(language) || language === defaultLocale)
    throw new XliffRefused('xliffTargetLanguage', { language })
  const files = elements(childrenOf(root), 'file')
  if (!files.length) throw new XliffRefused('xliffNoDocuments')

  const plans: Plan[] = []
  for (const file of files) plans.push(await planFile(req, file, language, plans))
  await runAtomically(req, async () => {
    for (const plan of plans) {
      try {
        await write(req, plan, language)
      } catch (error) {
        throw new XliffRefused('xliffNotSaved', {
          document: plan.name,
          reason: error instanceof Error ? error.message : String(error),
        })
      }
    }
  })
  return { language, documents: plans.map((p) => p.name) }
}

async function planFile(
  req: PayloadRequest,
  file: XmlNode,
  language: Locale,
  earlier: Plan[],
): Promise<Plan> {
  const original = attr(file, 'original') ?? ''
  const ref = parseRef(original)
  if (!ref || earlier.some((p) => refName(p.ref) === refName(ref)))
    throw new XliffRefused('xliffUnknownDocument', { document: original })
  const source = await readDocument(req, ref, defaultLocale)
  if (!source) throw new XliffRefused('xliffUnknownDocument', { document: original }, 404)
  const name = titleOf(source, original)
  const units = documentUnits(fieldsOf(req.payload, ref), source)
  if (attr(file, 'hx:version') !== sourceVersion(units))
    throw new XliffRefused('xliffDocumentChanged', { document: name }, 409)

  const current = (await readDocument(req, ref, language)) ?? {}
  const data = structuredClone(current) as Record<string, unknown>
  const fileUnits = elements(childrenOf(file)).filter((n) => attr(n, 'translate') !== 'no')
  const expected = new Map(units.map((u) => [u.id, u]))
  for (const node of fileUnits) {
    const id = attr(node, 'id') ?? ''
    if (tagOf(node) !== 'unit' || !expected.has(id))
      throw new XliffRefused('xliffUnknownSegment', {
        document: name,
        segment: id || String(tagOf(node)),
      })
  }
  for (const unit of units) {
    const node = fileUnits.find((n) => attr(n, 'id') === unit.id)
    if (!node) throw new XliffRefused('xliffMissingSegment', { document: name, segment: unit.id })
    setValueAt(data, unit.field.path, translateUnit(unit, node, name, source))
  }
  // Only the top-level fields that hold translated text are sent: the rest stays as it is.
  const touched = new Set(units.map((u) => u.field.path.split('.')[0]))
  return {
    ref,
    name,
    data: Object.fromEntries(Object.entries(data).filter(([key]) => touched.has(key))),
  }
}

function translateUnit(
  unit: Unit,
  node: XmlNode,
  document: string,
  source: Record<string, unknown>,
) {
  const segments = elements(childrenOf(node), 'segment')
  for (const segment of segments) {
    const id = `${unit.id}#${attr(segment, 'id') ?? ''}`
    if (!unit.segments.some((s) => `${unit.id}#${s.id}` === id))
      throw new XliffRefused('xliffUnknownSegment', { document, segment: id })
  }
  const translated = new Map<string, LexicalNode[]>()
  for (const expected of unit.segments) {
    const segmentId = `${unit.id}#${expected.id}`
    const segment = segments.find((s) => attr(s, 'id') === expected.id)
    if (!segment) throw new XliffRefused('xliffMissingSegment', { document, segment: segmentId })
    const target = elements(childrenOf(segment), 'target')[0]
    let nodes: LexicalNode[]
    try {
      nodes = target ? fromXliff(childrenOf(target), expected.codes) : []
    } catch (error) {
      if (!(error instanceof CodeMismatch)) throw error
      throw new XliffRefused('xliffCodeMismatch', {
        document,
        segment: segmentId,
        code: error.codeId,
      })
    }
    const plain = nodes.map((n) => (n.type === 'text' ? String(n.text) : '')).join('')
    if (!plain.trim() && !nodes.some((n) => n.type !== 'text'))
      throw new XliffRefused('xliffMissingTarget', { document, segment: segmentId })
    translated.set(expected.id, nodes)
  }
  if (unit.field.kind === 'richText')
    return rebuildRichText(valueAt(source, unit.field.path), translated)
  const text = translated
    .get(unit.segments[0].id)!
    .map((n) => String(n.text ?? ''))
    .join('')
  const max = unit.field.maxLength
  if (max && text.length > max)
    throw new XliffRefused('xliffTooLong', { document, segment: unit.id, max: String(max) })
  return text
}

async function write(req: PayloadRequest, plan: Plan, language: Locale) {
  const common = {
    locale: language,
    data: plan.data,
    req,
    overrideAccess: false,
    user: req.user,
    depth: 0,
    // Saved as a draft where there are drafts: the translation waits for someone to publish it.
    draft: hasDrafts(req.payload, plan.ref),
    // The per-language approval of branch translation-workflow (lib/translation's
    // awaitingApproval(locale), the same key) keeps an imported translation awaiting approval
    // whoever imports it; without that workflow the key is unused.
    context: { ...req.context, translationAwaiting: language },
  }
  if ('global' in plan.ref)
    await req.payload.updateGlobal({ slug: plan.ref.global, ...common } as never)
  else
    await req.payload.update({
      collection: plan.ref.collection,
      id: plan.ref.id,
      ...common,
    } as never)
}
