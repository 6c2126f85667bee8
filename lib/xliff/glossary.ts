import { findForbidden, type TermEntry } from '../terms/match'
import { el, type XmlNode } from './xml'

export const GLS_NAMESPACE = 'urn:oasis:names:tc:xliff:glossary:2.0'

/** An English term and its entry in the target language. */
export type TermPair = { english: TermEntry; target?: TermEntry; note?: string }

/** The pairs whose English term the text uses (at a word's start, so plurals count). */
export function termsUsed(text: string, pairs: TermPair[]): TermPair[] {
  return pairs.filter(
    ({ english }) =>
      findForbidden(text, [{ ...english, forbidden: [english.preferred] }]).length > 0,
  )
}

/**
 * The XLIFF 2.0 glossary module's element for a unit: each term with the target language's
 * preferred word as its translation, and the words to avoid in its definition.
 */
export function glossaryElement(pairs: TermPair[]): XmlNode[] {
  if (!pairs.length) return []
  const entries = pairs.map(({ english, target, note }) => {
    const avoid = target?.forbidden.length ? `Avoid: ${target.forbidden.join(', ')}.` : ''
    const definition = [note, avoid].filter(Boolean).join(' ')
    return el('gls:glEntry', {}, [
      el('gls:term', { source: 'HEROES term base' }, [{ '#text': english.preferred }]),
      ...(target ? [el('gls:translation', {}, [{ '#text': target.preferred }])] : []),
      ...(definition ? [el('gls:definition', {}, [{ '#text': definition }])] : []),
    ])
  })
  return [el('gls:glossary', {}, entries)]
}
