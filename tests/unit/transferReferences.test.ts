/**
 * @jest-environment node
 */
import type { FlattenedField, SanitizedConfig } from 'payload'

import { idMapper, mapReferences } from '@/lib/transfer/references'

// The MongoDB leg of an import cannot run here: what it relies on is checked on plain data.
const config = {
  localization: { localeCodes: ['en', 'de'] },
  blocks: [],
} as unknown as SanitizedConfig

const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'hero', type: 'upload', relationTo: 'media' },
  { name: 'pdf', type: 'upload', relationTo: 'media', localized: true },
  { name: 'members', type: 'relationship', relationTo: 'institutions', hasMany: true },
  { name: 'doc', type: 'relationship', relationTo: ['pages', 'press-releases'] },
  {
    name: 'links',
    type: 'array',
    flattenedFields: [{ name: 'page', type: 'relationship', relationTo: 'pages' }],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      {
        slug: 'logo',
        flattenedFields: [{ name: 'image', type: 'upload', relationTo: 'media' }],
      },
    ],
  },
  { name: 'body', type: 'richText' },
  { name: 'backlinks', type: 'join', collection: 'pages', on: 'doc' },
] as unknown as FlattenedField[]

const stored = {
  id: 7,
  title: { en: 'Title', de: 'Titel' },
  hero: 3,
  pdf: { en: 4, de: 5 },
  members: [1, 2],
  doc: { relationTo: 'pages', value: 9 },
  links: [{ id: 'row1', page: 9 }],
  layout: [{ id: 'b1', blockType: 'logo', image: 3 }],
  body: {
    root: {
      children: [
        { type: 'upload', relationTo: 'media', value: 4, fields: null },
        { type: 'link', fields: { doc: { relationTo: 'pages', value: 9 } } },
        { type: 'text', text: 'plain', value: 12 },
      ],
    },
  },
  backlinks: { docs: [1] },
}

describe('moving references between databases', () => {
  it('keeps ids between databases of one kind', () => {
    const same = idMapper({}, 'number')
    expect(mapReferences(fields, stored, same, config)).toEqual({ ...stored, backlinks: undefined })
  })

  it('turns SQLite numbers into stable ObjectIds, one range per collection', () => {
    const toMongo = idMapper({}, 'objectid')
    const media3 = toMongo('media', 3)
    expect(media3).toMatch(/^[0-9a-f]{24}$/)
    expect(toMongo('media', 3)).toBe(media3)
    expect(toMongo('pages', 3)).not.toBe(media3)
    expect(toMongo('media', 255)).toMatch(/0{14}ff$/)
  })

  it('rewrites every kind of reference, in every locale, and nothing else', () => {
    const toMongo = idMapper({}, 'objectid')
    const id = (collection: string, n: number) => toMongo(collection, n)
    const moved = mapReferences(fields, stored, toMongo, config) as typeof stored
    expect(moved.title).toEqual(stored.title)
    expect(moved.hero).toBe(id('media', 3))
    expect(moved.pdf).toEqual({ en: id('media', 4), de: id('media', 5) })
    expect(moved.members).toEqual([id('institutions', 1), id('institutions', 2)])
    expect(moved.doc).toEqual({ relationTo: 'pages', value: id('pages', 9) })
    expect(moved.links).toEqual([{ id: 'row1', page: id('pages', 9) }])
    expect(moved.layout).toEqual([{ id: 'b1', blockType: 'logo', image: id('media', 3) }])
    const [upload, link, text] = moved.body.root.children
    expect(upload.value).toBe(id('media', 4))
    expect(link.fields?.doc?.value).toBe(id('pages', 9))
    expect(text.value).toBe(12)
    expect(moved).not.toHaveProperty('backlinks')
  })

  it('numbers MongoDB ids 1, 2, 3… in export order and refuses a dangling reference', () => {
    const toSqlite = idMapper({ media: ['aaa', 'bbb'] }, 'number')
    expect(toSqlite('media', 'bbb')).toBe(2)
    expect(() => toSqlite('media', 'ccc')).toThrow(/media ccc/)
  })
})
