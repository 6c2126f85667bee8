import type { Field, FieldHook } from 'payload'

/** Lower-case ASCII words joined by hyphens: "Seinäjoki UAS" → "seinajoki-uas". */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}

const fromSource =
  (source: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const raw = data?.[source]
    // A localized source arrives as a string in the locale being saved.
    return typeof raw === 'string' && raw.trim() ? slugify(raw) : value
  }

/** A unique, indexed URL slug that fills itself from `source` when left empty. */
export function slugField(source: string): Field {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar' },
    validate: (value: unknown, { req }: { req: { t: (key: never) => string } }) =>
      typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
        ? true
        : req.t('heroes:slugInvalid' as never),
    hooks: { beforeValidate: [fromSource(source)] },
  }
}
