import type { Access, DateField, Field, FieldAccess, PayloadRequest } from 'payload'

import { userHasRole } from '../../access/roles'
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales'

type User = PayloadRequest['user']

/** The languages an admin gave a translator (never English, the source the editors own). */
export function translatorLanguages(user: User): Locale[] {
  if (!userHasRole(user, 'translator')) return []
  const own = (user as { languages?: unknown } | null)?.languages
  return Array.isArray(own) ? own.filter((l) => isLocale(l) && l !== defaultLocale) : []
}

/** Editors and admins edit every language; a translator only their own, one locale at a time. */
export function mayEditLocale(user: User, locale: unknown): boolean {
  if (userHasRole(user, 'admin', 'editor')) return true
  return isLocale(locale) && translatorLanguages(user).includes(locale)
}

/** A translator with no editor or admin role: the one whose writes are held to their languages. */
export const isTranslatorOnly = (user: User) =>
  userHasRole(user, 'translator') && !userHasRole(user, 'admin', 'editor')

/** Update access of translatable content: editors, or a translator writing in their language. */
export const editorOrTranslatorInLocale: Access = ({ req }) => mayEditLocale(req.user, req.locale)

/** Drafts and versions are work material for editors and translators alike. */
export const editorOrTranslator: Access = ({ req }) =>
  userHasRole(req.user, 'admin', 'editor', 'translator')

const notTranslatorOnly: FieldAccess = ({ req }) => !isTranslatorOnly(req.user)

const hasLocalized = (field: Field): boolean =>
  ('localized' in field && field.localized === true) ||
  ('fields' in field && Array.isArray(field.fields) && field.fields.some(hasLocalized)) ||
  (field.type === 'tabs' && field.tabs.some((tab) => tab.fields.some(hasLocalized)))

/**
 * A date's time zone is a field Payload adds beside it (`startsAt_tz`), without the date's
 * access: it gets the same guard through Payload's own override.
 */
function guardTimezone(field: DateField): DateField {
  if (!field.timezone) return field
  const timezone = typeof field.timezone === 'object' ? field.timezone : {}
  return {
    ...field,
    timezone: {
      ...timezone,
      override: (args) => {
        const zone = timezone.override ? timezone.override(args) : args.baseField
        const access = ('access' in zone && zone.access) || {}
        return { ...zone, access: { ...access, update: notTranslatorOnly } } as typeof zone
      },
    },
  }
}

/**
 * Makes every non-localized field unwritable for translators (Payload drops what they send there),
 * descending into groups, rows and arrays that hold localized fields, and into every row and
 * collapsible (they have no name, hence no access of their own: an events' row of dates did
 * not stop a translator's change), so a translator changes only the text of their languages.
 * Fields that already decide their own update access keep it.
 */
export function guardNonLocalized(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: guardNonLocalized(tab.fields) })),
      }
    const layout = 'fields' in field && !('name' in field)
    if (
      'fields' in field &&
      (layout || (hasLocalized(field) && !('localized' in field && field.localized)))
    )
      return { ...field, fields: guardNonLocalized(field.fields) } as Field
    if (hasLocalized(field) || !('name' in field) || field.type === 'ui') return field
    const access = ('access' in field && field.access) || {}
    if (access.update) return field
    const guarded = { ...field, access: { ...access, update: notTranslatorOnly } } as Field
    return guarded.type === 'date' ? guardTimezone(guarded) : guarded
  })
}
