import type { PayloadRequest } from 'payload'

import { defaultLocale, type Locale } from '../../i18n/locales'
import type { TermEntry } from '../terms/match'
import { readDocument, fieldsOf } from './documents'
import { glossaryElement, GLS_NAMESPACE, type TermPair, termsUsed } from './glossary'
import { type DocRef, refName } from './refs'
import { documentUnits, sourceVersion, TEXT_SEGMENT } from './units'
import { valueAt } from './fields'
import { buildXml, el, textNodes, type XmlNode } from './xml'

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'
/** The portal's own attributes (the source version a file was made from). */
export const PORTAL_NAMESPACE = 'urn:heroes-alliance:xliff'

export class DocumentNotFound extends Error {
  constructor(readonly ref: DocRef) {
    super(`no document ${refName(ref)}`)
  }
}

async function termPairs(req: PayloadRequest, language: Locale): Promise<TermPair[]> {
  // The term base is reference material for whoever may export; read it whole.
  const { docs } = await req.payload.find({
    collection: 'terms',
    where: { language: { in: [defaultLocale, language] } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const entry = (t: (typeof docs)[number]): TermEntry => ({
    concept: t.concept,
    preferred: t.preferred,
    forbidden: (t.forbidden ?? []).filter(Boolean) as string[],
  })
  return docs
    .filter((t) => t.language === defaultLocale)
    .map((english) => ({
      english: entry(english),
      target: docs
        .filter((t) => t.language === language && t.concept === english.concept)
        .map(entry)[0],
      note: english.note ?? undefined,
    }))
}

/**
 * One XLIFF 2.0 file for one target language: a <file> per document, a <unit> per localized
 * field, a <segment> per rich-text block. The English text is the source; the target holds the
 * language's current text of plain fields, where it has any. Each unit carries the term base's
 * entries its source uses (the glossary module).
 */
export async function exportXliff(
  req: PayloadRequest,
  refs: DocRef[],
  language: Locale,
): Promise<string> {
  const pairs = await termPairs(req, language)
  const files: XmlNode[] = []
  for (const [index, ref] of refs.entries()) {
    const source = await readDocument(req, ref, defaultLocale)
    if (!source) throw new DocumentNotFound(ref)
    const target = (await readDocument(req, ref, language)) ?? {}
    const units = documentUnits(fieldsOf(req.payload, ref), source)
    const unitElements = units.map((unit) =>
      el('unit', { id: unit.id, name: unit.field.path }, [
        ...glossaryElement(termsUsed(unit.segments.map((s) => s.text).join(' '), pairs)),
        ...unit.segments.map((segment) => {
          const current = valueAt(target, unit.field.path)
          const translated =
            segment.id === TEXT_SEGMENT && typeof current === 'string' && current.trim()
              ? [el('target', {}, textNodes(current))]
              : []
          return el('segment', { id: segment.id, state: translated.length ? 'translated' : '' }, [
            el('source', {}, segment.source),
            ...translated,
          ])
        }),
      ]),
    )
    files.push(
      el(
        'file',
        {
          id: `f${index + 1}`,
          original: refName(ref),
          'xml:space': 'preserve',
          'hx:version': sourceVersion(units),
        },
        unitElements.length
          ? unitElements
          : // XLIFF wants at least one unit: a document without English text yet gets an empty one.
            [
              el('unit', { id: 'empty', translate: 'no' }, [
                el('segment', { id: 's' }, [el('source', {})]),
              ]),
            ],
      ),
    )
  }
  return buildXml([
    el(
      'xliff',
      {
        xmlns: XLIFF_NAMESPACE,
        'xmlns:gls': GLS_NAMESPACE,
        'xmlns:hx': PORTAL_NAMESPACE,
        version: '2.0',
        srcLang: defaultLocale,
        trgLang: language,
      },
      files,
    ),
  ])
}
