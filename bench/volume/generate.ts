/**
 * `npm run bench:volume-data -- <count>`: adds `count` published press releases, each in all ten
 * languages, to the database at DATABASE_URI (already migrated and seeded), for measuring the
 * portal at the size years of content reach. Not seed data: every title says it is generated.
 *
 * One release is written through Payload's local API, so its rows (translations, version, search
 * record) are exactly what Payload stores; the rest are copies of those rows made by SQL in one
 * transaction, each with its own id, number, slug and date (ten years back from today). 10,000
 * releases take seconds this way where the local API would take hours.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { defaultLocale, locales } from '../../i18n/locales'
import { richText } from '../../seed/richText'
import { cloneRelease } from './clone'

const count = Number(process.argv[2])
if (!Number.isInteger(count) || count < 1 || count > 100_000) {
  console.error('usage: bench/volume/generate.ts <count of releases, 1-100000>')
  process.exit(2)
}

const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600 * 1000
const paragraph = (locale: string) =>
  `Generated press release for measuring the HEROES portal (${locale}). ` +
  'It stands for the length of a real release: a few paragraphs about the alliance, its members, ' +
  'flagships and partners, written once in English and translated into every language. '.repeat(3)

async function createTemplate(payload: Payload): Promise<number> {
  const context = { disableRevalidate: true }
  const text = (locale: string) => ({
    title: `HEROES generated release (${locale})`,
    summary: paragraph(locale).slice(0, 300),
    body: richText(paragraph(locale), paragraph(locale), paragraph(locale)),
    slug: `heroes-generated-release-${locale}`,
  })
  const created = await payload.create({
    collection: 'press-releases',
    locale: defaultLocale,
    data: { ...text(defaultLocale), _status: 'published', publishedAt: new Date().toISOString() },
    context,
  })
  for (const locale of locales.filter((code) => code !== defaultLocale)) {
    await payload.update({
      collection: 'press-releases',
      id: created.id,
      locale,
      data: { ...text(locale), _status: 'published' },
      context,
    })
  }
  return Number(created.id)
}

const started = Date.now()
const payload = await getPayload({ config })
if (!('drizzle' in payload.db)) throw new Error('The generated data set is for SQLite only.')
const template = await createTemplate(payload)
await cloneRelease(payload, template, count - 1, TEN_YEARS_MS)
payload.logger.info(`${count} generated press releases in ${Date.now() - started} ms`)
await payload.destroy()
process.exit(0)
