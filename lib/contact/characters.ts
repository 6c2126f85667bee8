/**
 * Characters a visitor's text may not hold, as the codes under `ContactForm.errors` in
 * messages/<locale>.json. Refused, never stripped: what is stored is what was sent.
 *
 * `directionControls`: the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which reorder whatever is shown after them (the admin's list, the reviewers'
 * CSV, mail subjects), and the direction marks (U+200E, U+200F, U+061C). The marks reorder only
 * neighbouring punctuation, but they are as invisible, are rarely typed on purpose in a name or a
 * message, and stripping them would store something other than what was sent: one rule, one
 * error the visitor can act on.
 *
 * `brokenCharacters`: a lone surrogate (half of a character: UTF-8 cannot store it, so the
 * database would write U+FFFD instead) and U+FFFD itself, the mark a decoder leaves where it lost
 * a character (Next's form parsing, a browser sending a lone surrogate typed into a field).
 */
export type TextIssue = 'directionControls' | 'brokenCharacters'

const directionControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const brokenCharacters = /[\p{Cs}\ufffd]/u

export function textIssue(value: string): TextIssue | undefined {
  if (brokenCharacters.test(value)) return 'brokenCharacters'
  if (directionControls.test(value)) return 'directionControls'
  return undefined
}
