import fs from 'node:fs'
import path from 'node:path'

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

import { locales } from '@/i18n/locales'

type Tree = { [key: string]: string | Tree }

const read = (locale: string): Tree =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'))

const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : flatten(value, `${prefix}${key}.`),
  )

const placeholders = (elements: MessageFormatElement[]): string[] =>
  elements.flatMap((el) => {
    if (el.type === TYPE.literal || el.type === TYPE.pound) return []
    const nested =
      'options' in el ? Object.values(el.options).flatMap((o) => placeholders(o.value)) : []
    return ['value' in el && typeof el.value === 'string' ? el.value : '', ...nested].filter(
      Boolean,
    )
  })

const english = new Map(flatten(read('en')))

describe.each(locales)('messages/%s.json', (locale) => {
  const messages = new Map(flatten(read(locale)))

  it('has exactly the keys of en.json', () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('holds valid ICU messages with the same placeholders as English', () => {
    for (const [key, value] of messages) {
      const ast = parse(value)
      const wanted = [...new Set(placeholders(parse(english.get(key) ?? '')))].sort()
      expect({ key, placeholders: [...new Set(placeholders(ast))].sort() }).toEqual({
        key,
        placeholders: wanted,
      })
    }
  })

  if (locale !== 'en') {
    it('is translated, not a copy of English', () => {
      // Single words are often the same in both languages ("Partners", "Logo", "Contact");
      // a phrase identical to the English one is an untranslated copy.
      const phrase = (value: string) =>
        /\p{L}{2,}\s+\p{L}{2,}/u.test(value.replace(/\{\w+\}|HEROES|RSS|PDF/g, ''))
      const same = [...messages].filter(
        ([key, value]) => english.get(key) === value && phrase(value),
      )
      expect(same.map(([key]) => key)).toEqual([])
    })
  }
})
