import { searchPlugin } from '@payloadcms/plugin-search'

import { anyone, isAdmin, shownToAdminsOnly } from '../../access/roles'
import { foldText, plainText } from './fold'

type Doc = Record<string, unknown>

/** What each collection contributes to the index: its title and its searchable text. */
const sources: Record<string, (doc: Doc) => { title: string; excerpt: string; body: string }> = {
  'press-releases': (d) => text(d.title, d.summary, d.body),
  events: (d) => text(d.title, d.summary, d.body, d.venue),
  opportunities: (d) => text(d.title, d.summary, d.body, d.eligibility, d.howToApply),
  pages: (d) => text(d.title, d.intro, d.body),
  flagships: (d) => text(d.title, d.tagline ?? d.summary, d.body, d.summary),
  institutions: (d) => text(d.name, d.summary, d.description, d.officialName, d.city),
  partners: (d) => text(d.name, d.description),
}

function text(title: unknown, excerpt: unknown, ...rest: unknown[]) {
  const asText = (value: unknown) => (typeof value === 'string' ? value : plainText(value))
  return {
    title: asText(title),
    excerpt: asText(excerpt),
    body: rest.map(asText).filter(Boolean).join(' '),
  }
}

export const searchCollections = Object.keys(sources)

/**
 * A document's search record in the locale it was read in. A first translation awaiting approval
 * (lib/translation) is indexed as no text at all, so its language finds the document by its
 * English text, as for a missing translation; a re-edit awaiting approval by the approved text.
 */
export function searchRecord(collection: string, doc: Doc) {
  const approval = doc.translationApproval as
    { state?: string; approved?: { text?: Doc } } | null | undefined
  // A re-edit awaiting approval where there are no drafts: the text approved before is indexed
  // (the tracked fields of those collections are top-level text fields).
  const kept = approval?.state === 'awaiting' ? approval.approved?.text : undefined
  if (approval?.state === 'awaiting' && !kept)
    return { title: '', slug: null, excerpt: null, folded: null }
  const served = kept ? { ...doc, ...kept } : doc
  const { title, excerpt, body } = sources[collection]?.(served) ?? text('', '')
  return { title, slug: doc.slug, excerpt, folded: foldText(`${title} ${excerpt} ${body}`) }
}

/**
 * Payload's search plugin keeps a `search` collection in step with the published documents, one
 * record per document with its text per locale. `folded` holds that text lower-cased and without
 * diacritics, so queries match however visitors type accents.
 */
export const search = searchPlugin({
  collections: searchCollections,
  localize: true,
  defaultPriorities: {
    flagships: 40,
    'press-releases': 30,
    events: 30,
    opportunities: 30,
    institutions: 30,
    pages: 20,
    partners: 10,
  },
  searchOverrides: {
    access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
    // Visitors' search reads it; in the admin it is the admins' business only.
    admin: { group: 'Administration', hidden: shownToAdminsOnly as never },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      // Pages and press releases have a slug per locale: each locale's record links to its own.
      { name: 'slug', type: 'text', localized: true, index: true, admin: { readOnly: true } },
      { name: 'excerpt', type: 'textarea', localized: true, admin: { readOnly: true } },
      { name: 'folded', type: 'textarea', localized: true, admin: { hidden: true } },
    ],
  },
  beforeSync: ({ originalDoc, searchDoc }) => ({
    ...searchDoc,
    ...searchRecord(searchDoc.doc.relationTo, originalDoc),
  }),
})
