import type { CollectionSlug, Payload, RequestContext } from 'payload'

import type { Locale } from '../i18n/locales'
import { richText } from './richText'
import { translations } from './translations'
import type { SeedTranslation } from './translations/types'

const context: RequestContext = { disableRevalidate: true }

type Tally = { created: number; existing: number }
type Texts = Record<string, Record<string, unknown>>

/** Per collection: its texts in a translation, the field that tells whether a locale has any,
 * and how a translation becomes field data. */
const collections: {
  slug: CollectionSlug
  texts: (t: SeedTranslation) => Texts
  probe: string
  data: (text: Record<string, unknown>) => Record<string, unknown>
}[] = [
  {
    slug: 'flagships',
    texts: (t) => t.flagships,
    probe: 'tagline',
    data: ({ tagline, summary, body }) => ({
      tagline,
      summary,
      body: richText(...(body as string[])),
    }),
  },
  {
    slug: 'partners',
    texts: (t) => t.partners,
    probe: 'description',
    data: ({ description }) => ({ description }),
  },
  {
    slug: 'press-releases',
    texts: (t) => t.pressReleases,
    probe: 'title',
    data: ({ slug, title, summary, body }) => ({
      slug,
      title,
      summary,
      body: richText(...(body as string[])),
      _status: 'published',
    }),
  },
  {
    slug: 'pages',
    texts: (t) => t.pages,
    probe: 'title',
    data: ({ slug, title, intro, body }) => ({
      slug,
      title,
      intro,
      body: richText(...(body as string[])),
      _status: 'published',
    }),
  },
]

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Adds each locale's text to the seeded documents and globals that have none in that locale yet.
 * A locale an editor has already written (its probe field is filled) is never overwritten, and
 * documents editors have renamed or deleted are skipped, so running it again changes nothing.
 */
export async function seedTranslations(payload: Payload): Promise<Record<string, Tally>> {
  const report: Record<string, Tally> = {}
  for (const { slug: collection, texts, probe, data } of collections) {
    const tally: Tally = { created: 0, existing: 0 }
    for (const [locale, translation] of Object.entries(translations) as [Locale, SeedTranslation][])
      for (const [englishSlug, text] of Object.entries(texts(translation))) {
        const { docs } = await payload.find({
          collection,
          locale: 'en',
          where: { slug: { equals: englishSlug } },
          limit: 1,
          depth: 0,
          draft: true,
          select: {},
        })
        if (!docs[0]) continue
        const doc = (await payload.findByID({
          collection,
          id: docs[0].id,
          locale,
          fallbackLocale: false,
          depth: 0,
          draft: true,
        })) as unknown as Record<string, unknown>
        if (!isEmpty(doc[probe])) {
          // A translation seeded before slugs were per locale gets its slug, nothing else.
          if (isEmpty(doc.slug) && typeof text.slug === 'string')
            await payload.update({
              collection,
              id: doc.id as number,
              locale,
              data: { slug: text.slug },
              context,
            })
          tally.existing += 1
          continue
        }
        await payload.update({
          collection,
          id: doc.id as number,
          locale,
          data: data(text),
          context,
        })
        tally.created += 1
      }
    report[`${collection} translations`] = tally
  }
  report['home translations'] = await translateHome(payload)
  return report
}

type Row = { id?: string | null }
/** Array rows keep their ids (the arrays are shared by all locales; their texts are not). */
const rows = <T>(existing: Row[] | null | undefined, texts: T[], build: (t: T) => object) =>
  (existing ?? []).map((row, i) => ({ id: row.id, ...build(texts[i]) }))

async function translateHome(payload: Payload): Promise<Tally> {
  const tally: Tally = { created: 0, existing: 0 }
  const english = await payload.findGlobal({ slug: 'home', locale: 'en', depth: 0 })
  for (const [locale, { home }] of Object.entries(translations) as [Locale, SeedTranslation][]) {
    const current = await payload.findGlobal({
      slug: 'home',
      locale,
      fallbackLocale: false,
      depth: 0,
    })
    if (!english.hero?.title || !isEmpty(current.hero?.title)) {
      tally.existing += 1
      continue
    }
    await payload.updateGlobal({
      slug: 'home',
      locale,
      context,
      data: {
        hero: home.hero,
        purpose: {
          paragraphs: rows(english.purpose?.paragraphs, home.purpose.paragraphs, (text) => ({
            text,
          })),
          focusIntro: home.purpose.focusIntro,
          focus: rows(english.purpose?.focus, home.purpose.focus, (text) => ({ text })),
          goals: rows(english.purpose?.goals, home.purpose.goals, (goal) => goal),
        },
        actions: home.actions,
        approach: home.approach,
        superpowers: {
          intro: home.superpowers.intro,
          items: rows(english.superpowers?.items, home.superpowers.items, (item) => item),
        },
        partners: home.partners,
      },
    })
    tally.created += 1
  }
  return tally
}
