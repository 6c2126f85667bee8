import type { Field, Payload, PayloadRequest } from 'payload'

import type { Locale } from '../../i18n/locales'
import type { DocRef } from './refs'

type Doc = Record<string, unknown>

/** The config fields of the referenced collection or global. */
export function fieldsOf(payload: Payload, ref: DocRef): Field[] {
  if ('global' in ref)
    return payload.config.globals.find((g) => g.slug === ref.global)?.fields ?? []
  return payload.collections[ref.collection]?.config.fields ?? []
}

export const hasDrafts = (payload: Payload, ref: DocRef): boolean =>
  'global' in ref
    ? Boolean(payload.config.globals.find((g) => g.slug === ref.global)?.versions)
    : Boolean(payload.collections[ref.collection]?.config.versions?.drafts)

/**
 * A document in one locale, its own text only (no fallback), the latest draft where there are
 * drafts: what is being translated, read with the caller's access.
 */
export async function readDocument(
  req: PayloadRequest,
  ref: DocRef,
  locale: Locale,
): Promise<Doc | null> {
  const common = {
    locale,
    fallbackLocale: false as const,
    depth: 0,
    draft: hasDrafts(req.payload, ref),
    overrideAccess: false,
    user: req.user,
  }
  try {
    if ('global' in ref)
      return (await req.payload.findGlobal({ slug: ref.global, ...common })) as unknown as Doc
    return (await req.payload.findByID({
      collection: ref.collection,
      id: ref.id,
      disableErrors: true,
      ...common,
    })) as unknown as Doc | null
  } catch {
    // An id of the wrong shape or a document the caller may not read: not there for them.
    return null
  }
}

/** A short human name for a document in messages: its title or name, else its reference. */
export const titleOf = (doc: Doc, fallback: string): string =>
  String(doc.title ?? doc.name ?? fallback)
