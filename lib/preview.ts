import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { getEnv } from './env'
import { documentPath } from './paths'

export type PreviewCollection = 'press-releases' | 'pages' | 'opportunities'

/** Where a document of a draftable collection is shown to visitors, in one locale. */
const previewPath = (collection: PreviewCollection, locale: Locale, slug: string) =>
  documentPath(locale, collection, slug)

const sign = (path: string) =>
  createHmac('sha256', getEnv().payloadSecret).update(`heroes:preview:${path}`).digest('hex')

/** Only the portal's own locale paths can be previewed (no open redirect). */
export function isPreviewablePath(path: string): boolean {
  const [, locale, ...rest] = path.split('/')
  return (
    /^\/[a-z]{2}(\/[a-z0-9-]+){1,2}$/.test(path) &&
    (locales as readonly string[]).includes(locale) &&
    rest.length > 0
  )
}

/**
 * The admin's preview link for a document: the path signed with the app's secret. The route also
 * requires a signed-in editor, so a leaked link shows nothing to anyone else.
 */
export function previewUrl(collection: PreviewCollection, locale: Locale, slug: string) {
  const path = previewPath(collection, locale, slug)
  const query = new URLSearchParams({ path, token: sign(path) })
  return `${getEnv().serverUrl}/next/preview?${query}`
}

export function isPreviewToken(path: string, token: string | null): boolean {
  if (!token) return false
  const expected = Buffer.from(sign(path))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const localeOf = (value: unknown): Locale => {
  const code = typeof value === 'object' && value ? (value as { code?: unknown }).code : value
  return (locales as readonly unknown[]).includes(code) ? (code as Locale) : 'en'
}
const slugOf = (doc: unknown) => String((doc as { slug?: unknown } | null)?.slug ?? '')

type Lookup = { payload: Payload }

/** The slug in the edited locale, or the English one while a translation has none yet. */
async function slugFor(collection: PreviewCollection, doc: unknown, lookup: Lookup) {
  const own = slugOf(doc)
  const id = (doc as { id?: number | string } | null)?.id
  if (own || id === undefined) return own
  const english = await lookup.payload.findByID({
    collection,
    id,
    locale: defaultLocale,
    draft: true,
    depth: 0,
    disableErrors: true,
  })
  return slugOf(english)
}

/** The admin's Preview button and live-preview frame, in the locale being edited. */
export const adminPreview = (collection: PreviewCollection) => ({
  livePreview: {
    url: async ({ data, locale, payload }: { data: unknown; locale: unknown; payload: Payload }) =>
      previewUrl(collection, localeOf(locale), await slugFor(collection, data, { payload })),
  },
  preview: async (doc: unknown, { locale, req }: { locale: unknown; req: Lookup }) =>
    previewUrl(collection, localeOf(locale), await slugFor(collection, doc, req)),
})
