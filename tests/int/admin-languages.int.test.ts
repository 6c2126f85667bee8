import type { Field, SanitizedConfig } from 'payload'

import { locales } from '@/i18n/locales'

/**
 * The admin in all ten languages: every key of Payload's English set, of each plugin's and of
 * ours exists in every admin language, and nothing the navigation, the edit views' tabs or the
 * list columns name is left as one English string for all languages. Reads the finished config
 * (plugins applied, Payload's own collections added); no database is needed.
 */
let config: SanitizedConfig

beforeAll(async () => {
  process.env.DATABASE_URI ??= 'file:./data/never-opened.db'
  process.env.PAYLOAD_SECRET ??= 'integration-test-secret-integration-test'
  config = await (await import('@payload-config')).default
})

type Tree = { [key: string]: string | Tree }

function keysOf(tree: Tree, prefix = ''): string[] {
  // `$schema` and the like are a file's metadata, not words.
  return Object.entries(tree)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}:`),
    )
}

const valueAt = (tree: Tree, key: string) =>
  key.split(':').reduce<Tree | string | undefined>((node, part) => {
    return typeof node === 'object' ? node[part] : undefined
  }, tree)

/** What Payload's i18n serves in one language: its language object under our config's own. */
const served = (lang: string) => {
  const language = config.i18n.supportedLanguages[lang as never] as { translations: Tree }
  return { payload: language.translations, ours: (config.i18n.translations as Tree)[lang] as Tree }
}

describe('the admin languages', () => {
  it('are the ten content locales', () => {
    expect(Object.keys(config.i18n.supportedLanguages).sort()).toEqual([...locales].sort())
  })

  it.each([...locales])('%s has every key of Payload’s English set', (lang) => {
    const english = served('en').payload
    const { payload, ours } = served(lang)
    const missing = keysOf(english).filter(
      (key) => typeof valueAt(payload, key) !== 'string' && typeof valueAt(ours, key) !== 'string',
    )
    expect(missing).toEqual([])
  })

  it.each([...locales])('%s has every key of the plugins’ and our English sets', (lang) => {
    const english = served('en').ours
    // Every plugin's namespace is there: the SEO tab, the CSV export, the rich-text editor, ours.
    expect(Object.keys(english)).toEqual(
      expect.arrayContaining(['plugin-seo', 'plugin-import-export', 'lexical', 'heroes']),
    )
    const { ours } = served(lang)
    const missing = keysOf(english).filter((key) => typeof valueAt(ours, key) !== 'string')
    expect(missing).toEqual([])
  })

  it('Finnish is written in Finnish, not copied from English', () => {
    const english = { ...served('en').payload, ...served('en').ours }
    const finnish = served('fi')
    const keys = keysOf(english)
    const same = keys.filter((key) => {
      const fi = valueAt(finnish.ours, key) ?? valueAt(finnish.payload, key)
      return fi === valueAt(english, key)
    })
    // Words that are the same in both (API, Spam, status names that are loan words) are few.
    expect(same.length).toBeLessThan(keys.length * 0.02)
    expect(valueAt(finnish.payload, 'general:thisLanguage')).toBe('Suomi')
  })
})

/** A label Payload shows: a string (one language for all) or a function is a finding. */
const isTranslated = (label: unknown) =>
  typeof label === 'object' &&
  label !== null &&
  locales.every((lang) => typeof (label as Record<string, unknown>)[lang] === 'string')

function untranslatedTabs(fields: Field[], where: string): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => [
        ...(isTranslated(tab.label) ? [] : [`${where} tab ${JSON.stringify(tab.label)}`]),
        ...untranslatedTabs(tab.fields, where),
      ])
    if ('fields' in field && Array.isArray(field.fields))
      return untranslatedTabs(field.fields as Field[], where)
    return []
  })
}

describe('what the navigation and the edit views name', () => {
  const visible = () => config.collections.filter((collection) => collection.admin?.hidden !== true)
  const visibleGlobals = () => config.globals.filter((global) => global.admin?.hidden !== true)

  it('every collection shown in the navigation has its names in all ten languages', () => {
    const untranslated = visible()
      .filter((c) => !isTranslated(c.labels.singular) || !isTranslated(c.labels.plural))
      .map((c) => c.slug)
    expect(untranslated).toEqual([])
  })

  it('every navigation group is named in all ten languages, and each name once', () => {
    const groups = [...visible(), ...visibleGlobals()]
      .map((entity) => entity.admin?.group)
      .filter((group) => group !== undefined && group !== false)
    expect(groups.filter((group) => !isTranslated(group))).toEqual([])
    // One "Administration" group, not two spelled alike (one translated, one not).
    const english = new Set(groups.map((group) => JSON.stringify(group)))
    const byEnglishName = new Set(groups.map((group) => (group as Record<string, string>).en))
    expect(english.size).toBe(byEnglishName.size)
  })

  it('every tab of every edit view is named in all ten languages', () => {
    const entities = [...config.collections, ...config.globals]
    expect(entities.flatMap((e) => untranslatedTabs(e.fields, e.slug))).toEqual([])
  })

  it('every field a plugin or Payload adds to a shown collection is named in all ten languages', () => {
    // Labels as functions are the plugins' own translations (`t('plugin-…')`).
    const unnamed = (fields: Field[], where: string): string[] =>
      fields.flatMap((field) => {
        const shown =
          'name' in field && field.type !== 'ui' && !(field.admin as { hidden?: boolean })?.hidden
        const label = (field as { label?: unknown }).label
        const own =
          shown && !isTranslated(label) && typeof label !== 'function'
            ? [`${where}.${field.name}`]
            : []
        const nested = 'fields' in field && Array.isArray(field.fields) ? field.fields : []
        const tabs = field.type === 'tabs' ? field.tabs.flatMap((tab) => tab.fields) : []
        return [...own, ...unnamed([...nested, ...tabs] as Field[], where)]
      })
    const pluginMade = ['search', 'exports', 'payload-jobs']
    const found = config.collections
      .filter((c) => pluginMade.includes(c.slug))
      .flatMap((c) => unnamed(c.fields, c.slug))
    // Payload's own bookkeeping columns of a job's log are its internals, shown to admins only.
    expect(found.filter((f) => !/^payload-jobs\.(id|log)\b/.test(f))).toEqual([])
  })
})
