import fs from 'node:fs'
import path from 'node:path'

import { type Locale, locales } from '@/i18n/locales'
import { findForbidden, textsOf } from '@/lib/terms/match'

import { flagships } from '../../seed/data/flagships'
import { home } from '../../seed/data/home'
import { institutions } from '../../seed/data/institutions'
import { pages } from '../../seed/data/pages'
import { partners } from '../../seed/data/partners'
import { pressReleases } from '../../seed/data/pressReleases'
import { site } from '../../seed/data/site'
import { terms } from '../../seed/data/terms'
import { translations } from '../../seed/translations'

const messages = (locale: Locale): unknown =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'))

const seedContent = (locale: Locale): unknown =>
  locale === 'en'
    ? [flagships, home, institutions, pages, partners, pressReleases, site]
    : translations[locale]

const termsIn = (locale: Locale) =>
  terms
    .filter((t) => t.language === locale)
    .map((t) => ({ concept: t.concept, preferred: t.preferred, forbidden: t.forbidden ?? [] }))

describe('the term base’s seed', () => {
  it('has one entry per concept and language, each in a known language', () => {
    const keys = terms.map((t) => `${t.concept}/${t.language}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const t of terms) expect(locales).toContain(t.language)
  })

  it('names the key concepts in every language', () => {
    for (const concept of ['HEROES', 'flagship', 'member', 'partner', 'press release', 'campus'])
      expect([concept, terms.filter((t) => t.concept === concept).map((t) => t.language)]).toEqual([
        concept,
        [...locales],
      ])
  })

  it('never forbids a word its own preferred term contains', () => {
    for (const t of terms)
      expect([t.concept, t.language, findForbidden(t.preferred, termsIn(t.language))]).toEqual([
        t.concept,
        t.language,
        [],
      ])
  })
})

describe.each(locales)('shipped text in %s', (locale) => {
  it('uses no forbidden variant in messages', () => {
    const found = textsOf(messages(locale)).flatMap((text) =>
      findForbidden(text, termsIn(locale)).map((use) => ({ ...use, text })),
    )
    expect(found).toEqual([])
  })

  it('uses no forbidden variant in the seed content', () => {
    const found = textsOf(seedContent(locale)).flatMap((text) =>
      findForbidden(text, termsIn(locale)).map((use) => ({ ...use, text })),
    )
    expect(found).toEqual([])
  })
})

describe.each(locales)('the footer in %s', (locale) => {
  it('names each page it links to by that page’s title', () => {
    const footer = (messages(locale) as { Footer: Record<string, string> }).Footer
    const title = (slug: string) =>
      locale === 'en'
        ? pages.find((p) => p.slug === slug)?.title
        : translations[locale].pages[slug]?.title
    expect([footer.privacy, footer.accessibility, footer.legalNotice]).toEqual([
      title('privacy'),
      title('accessibility-statement'),
      title('legal-notice'),
    ])
  })
})

describe('the check itself', () => {
  const lt = termsIn('lt')
  it('finds inflected forms and names the preferred term', () => {
    expect(findForbidden('Virtualus universiteto miestelyje', lt)).toEqual([
      { concept: 'campus', variant: 'miestel', preferred: 'kampusas', found: 'miestelyje' },
    ])
    expect(findForbidden('kolmeen lippulaivaan', termsIn('fi'))[0]?.preferred).toBe('kärkihanke')
  })

  it('matches only at the start of a word', () => {
    expect(findForbidden('Leuchtturmprojekte', termsIn('de'))).toEqual([])
    expect(findForbidden('Die Leuchttürme', termsIn('de'))[0]?.preferred).toBe('Leuchtturmprojekt')
  })

  it('reads Lexical rich text by its text nodes only', () => {
    const richText = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Trys flagmanai' }] }],
      },
    }
    expect(textsOf(richText)).toEqual(['Trys flagmanai'])
    expect(findForbidden(textsOf(richText)[0], lt)[0]?.preferred).toBe('pavyzdinė iniciatyva')
  })
})
