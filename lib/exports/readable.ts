import type { PayloadRequest } from 'payload'

import { adminText, type AdminLanguage, adminLanguages } from '../adminI18n'

type Row = Record<string, unknown>
type Doc = Record<string, unknown>

/** Relationships the export reads at depth 1: named by the related document's name. */
const named = ['institution', 'assignee'] as const
/** Choices whose stored values mean nothing to a reader: their labels in the admin's words. */
const labelled = ['status', 'topic'] as const

const nameOf = (value: unknown) => {
  if (value && typeof value === 'object') {
    const doc = value as { name?: unknown; email?: unknown; id?: unknown }
    return doc.name ?? doc.email ?? doc.id
  }
  return value
}

const languageOf = (req: PayloadRequest): AdminLanguage => {
  const lang = req.i18n?.language
  return lang && lang in adminLanguages ? (lang as AdminLanguage) : 'en'
}

/**
 * One flattened CSV row made readable for the reviewer who exports it: institutions and
 * assignees by name rather than id (and their flattened sub-columns dropped), statuses and topics
 * as labels and the sender's language by its name, all in the reviewer's interface language.
 */
export function readableRow(row: Row, doc: Doc, req: PayloadRequest): Row {
  const lang = languageOf(req)
  const out: Row = {}
  for (const [key, value] of Object.entries(row)) {
    const relation = named.find((field) => key === field || key.startsWith(`${field}_`))
    if (relation) {
      if (!(relation in out)) out[relation] = nameOf(doc[relation]) ?? ''
      continue
    }
    if ((labelled as readonly string[]).includes(key) && typeof value === 'string') {
      out[key] = adminText('options', key, value)?.[lang] ?? value
      continue
    }
    if (key === 'locale' && typeof value === 'string') {
      out[key] = new Intl.DisplayNames([lang], { type: 'language' }).of(value) ?? value
      continue
    }
    out[key] = value
  }
  return out
}
