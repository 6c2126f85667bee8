import type { CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload'
import { deepMergeSimple } from 'payload/shared'

import { importExport, lexical, seo } from '../i18n/admin/fi'
import { lexical as lithuanianLexical } from '../i18n/admin/lt/lexical'
import { messagesByLocale } from '../i18n/messages'

/** The admin's languages: all ten (Payload ships nine; Finnish is ours, i18n/admin/fi). */
export const adminLanguages = messagesByLocale
export type AdminLanguage = keyof typeof adminLanguages

type Tree = { [key: string]: string | Tree }
type Translated = Record<AdminLanguage, string>

const adminTree = (lang: AdminLanguage): Tree =>
  (adminLanguages[lang] as unknown as { Admin?: Tree }).Admin ?? {}

const lookup = (tree: Tree, path: string[]): string | undefined => {
  let node: string | Tree | undefined = tree
  for (const key of path) node = typeof node === 'object' ? node[key] : undefined
  return typeof node === 'string' ? node : undefined
}

/** `Admin.<path>` in every admin language, or undefined when English has no such message. */
export function adminText(...path: string[]): Translated | undefined {
  const english = lookup(adminTree('en'), path)
  if (!english) return undefined
  return Object.fromEntries(
    (Object.keys(adminLanguages) as AdminLanguage[]).map((lang) => [
      lang,
      lookup(adminTree(lang), path) ?? english,
    ]),
  ) as Translated
}

/** What the plugins do not ship (no Finnish at all, no Lithuanian toolbar): ours. */
const pluginTranslations: Partial<Record<AdminLanguage, Tree>> = {
  fi: deepMergeSimple(deepMergeSimple(importExport, seo), lexical) as Tree,
  lt: lithuanianLexical as Tree,
}

/**
 * Payload's custom translations: `t('heroes:…')` in admin components, from `Admin.ui`; and
 * `Admin.payload`, where Payload's own words mislead here (its "Locale" menu picks the content
 * language, not the interface's), over Payload's and the plugins' own.
 */
export const adminTranslations = Object.fromEntries(
  (Object.keys(adminLanguages) as AdminLanguage[]).map((lang) => [
    lang,
    deepMergeSimple(pluginTranslations[lang] ?? {}, {
      ...(adminTree(lang).payload as Tree),
      heroes: { ...(adminTree('en').ui as Tree), ...(adminTree(lang).ui as Tree) },
    }),
  ]),
)

function translateFields(fields: Field[], entity: string): Field[] {
  return fields.map((field) => {
    const next = { ...field } as Field & Record<string, unknown>
    if ('name' in field && field.name) {
      if (!('label' in field) || field.label === undefined) {
        const label = adminText('fields', field.name)
        if (label) (next as { label?: unknown }).label = label
      }
      const description =
        adminText('descriptions', entity, field.name) ??
        adminText('descriptions', 'any', field.name)
      if (description && !(field.admin as { description?: unknown } | undefined)?.description)
        next.admin = { ...field.admin, description } as never
      if ((field.type === 'select' || field.type === 'radio') && Array.isArray(field.options)) {
        ;(next as { options: unknown[] }).options = field.options.map((option) => {
          const value = typeof option === 'string' ? option : option.value
          const label = adminText('options', field.name, value)
          if (!label) return option
          return { value, label }
        })
      }
    }
    if ('fields' in field && Array.isArray(field.fields))
      (next as { fields: Field[] }).fields = translateFields(field.fields, entity)
    if (field.type === 'tabs')
      (next as { tabs: unknown[] }).tabs = field.tabs.map((tab) => ({
        ...tab,
        // Plugins name their tabs in English only (the SEO plugin's "Content" and "SEO").
        label:
          typeof tab.label === 'string'
            ? (adminText('tabs', tab.label.toLowerCase()) ?? tab.label)
            : tab.label,
        fields: translateFields(tab.fields, entity),
      }))
    return next
  })
}

const group = (value: unknown) =>
  typeof value === 'string' ? (adminText('groups', value.toLowerCase()) ?? value) : value

/** Also for the collections Payload adds after the plugins have run (its jobs queue). */
export function translateCollection(collection: CollectionConfig): CollectionConfig {
  const singular = adminText('collections', collection.slug, 'singular')
  const plural = adminText('collections', collection.slug, 'plural')
  const description = adminText('collections', collection.slug, 'description')
  return {
    ...collection,
    labels: singular && plural ? { singular, plural } : collection.labels,
    admin: {
      ...collection.admin,
      group: group(collection.admin?.group) as never,
      ...(description ? { description } : {}),
    },
    fields: translateFields(collection.fields, collection.slug),
  }
}

function translateGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    label: adminText('globals', global.slug) ?? global.label,
    admin: { ...global.admin, group: group(global.admin?.group) as never },
    fields: translateFields(global.fields, global.slug),
  }
}

/**
 * Gives the admin's collections, globals, groups, fields, descriptions and options their names
 * in every admin language, from `Admin` in messages/<locale>.json. Runs last, over the fields
 * other plugins added too (those that bring their own labels keep them). The plugins' own
 * translations (`plugin-seo:…`, `plugin-import-export:…`) are kept beside ours: replaced, their
 * labels showed as keys.
 */
export const translateAdmin: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(translateCollection),
  globals: config.globals?.map(translateGlobal),
  i18n: {
    ...config.i18n,
    translations: deepMergeSimple(config.i18n?.translations ?? {}, adminTranslations) as never,
  },
})
