import type { CollectionSlug, Field, FieldHook, PayloadRequest } from 'payload'

import { defaultLocale, isLocale } from '../i18n/locales'

const SLUG_MAX = 96
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether `value` could be a stored slug: an address that cannot be one needs no database read. */
export const isSlug = (value: string) => value.length <= SLUG_MAX && SLUG_PATTERN.test(value)

/** Lower-case ASCII words joined by hyphens: "Seinäjoki UAS" → "seinajoki-uas". */
export function slugify(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, SLUG_MAX)
      // Cut at the limit, a slug may end in the hyphen before the next word.
      .replace(/^-+|-+$/g, '')
  )
}

const fromSource =
  (source: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const raw = data?.[source]
    // A localized source arrives as a string in the locale being saved.
    return typeof raw === 'string' && raw.trim() ? slugify(raw) : value
  }

type ValidateOptions = { req: PayloadRequest; id?: number | string; collectionSlug?: string }

/**
 * A unique, indexed URL slug that fills itself from `source` when left empty. A `localized` slug
 * is one per locale (unique within it), made from that locale's title: `/de/presse/<german slug>`.
 */
export function slugField(source: string, { localized = false } = {}): Field {
  return {
    name: 'slug',
    type: 'text',
    localized,
    required: !localized,
    unique: true,
    index: true,
    admin: { position: 'sidebar' },
    validate: async (value: unknown, options: unknown) => {
      const { req, id, collectionSlug } = options as ValidateOptions
      // A translation without its own title yet keeps the English slug (fallback) until it has one.
      const optional = localized && req.locale !== defaultLocale
      if (optional && (value === null || value === undefined || value === '')) return true
      if (typeof value !== 'string' || !isSlug(value)) return req.t('heroes:slugInvalid' as never)
      // Checked here, before anything is written, so a taken slug is a clear message and never a
      // database error halfway through a save.
      const { totalDocs } = await req.payload.count({
        collection: collectionSlug as CollectionSlug,
        locale: localized && isLocale(req.locale) ? req.locale : defaultLocale,
        where: { slug: { equals: value }, ...(id === undefined ? {} : { id: { not_equals: id } }) },
        // Not `req`: an operation given the request sets its locale, and the save would follow.
      })
      return totalDocs === 0 ? true : req.t('heroes:slugTaken' as never)
    },
    hooks: { beforeValidate: [fromSource(source)] },
  }
}
