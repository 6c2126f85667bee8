import { nextTranslationTimes, translationStatus } from '@/lib/translationStatus'

const fields = ['title', 'summary']
const now = '2026-11-29T10:00:00.000Z'

describe('nextTranslationTimes', () => {
  it('stamps the saved locale when a tracked field changed', () => {
    const times = nextTranslationTimes({
      previous: { en: '2026-01-01T00:00:00.000Z' },
      locale: 'de',
      fields,
      before: { title: 'Old' },
      after: { title: 'Neu' },
      now,
    })
    expect(times).toEqual({ en: '2026-01-01T00:00:00.000Z', de: now })
  })

  it('keeps the time when nothing tracked changed', () => {
    const previous = { en: '2026-01-01T00:00:00.000Z', de: '2026-02-01T00:00:00.000Z' }
    const times = nextTranslationTimes({
      previous,
      locale: 'de',
      fields,
      before: { title: 'Titel', slug: 'a' },
      after: { title: 'Titel', slug: 'b' },
      now,
    })
    expect(times).toEqual(previous)
  })

  it('forgets a locale whose text was removed', () => {
    const times = nextTranslationTimes({
      previous: { en: '2026-01-01T00:00:00.000Z', fr: '2026-02-01T00:00:00.000Z' },
      locale: 'fr',
      fields,
      before: { title: 'Titre' },
      after: { title: '', summary: null },
      now,
    })
    expect(times).toEqual({ en: '2026-01-01T00:00:00.000Z' })
  })

  it('takes an empty rich-text body, as the admin sends it, for no text at all', () => {
    const previous = { en: '2026-01-01T00:00:00.000Z', de: '2026-02-01T00:00:00.000Z' }
    const empty = {
      root: { type: 'root', children: [{ type: 'paragraph', children: [] }] },
    }
    const save = (before: Record<string, unknown>, after: Record<string, unknown>) =>
      nextTranslationTimes({
        previous,
        locale: 'de',
        fields: ['title', 'body'],
        before,
        after,
        now,
      })
    expect(save({ title: 'Titel', body: null }, { title: 'Titel', body: empty })).toEqual(previous)
    expect(save({ title: '', body: null }, { title: ' ', body: empty })).toEqual({
      en: '2026-01-01T00:00:00.000Z',
    })
    const written = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Neu' }] }],
      },
    }
    expect(save({ title: 'Titel', body: empty }, { title: 'Titel', body: written })).toEqual({
      ...previous,
      de: now,
    })
  })
})

describe('translationStatus', () => {
  it('marks translations older than the English source as outdated', () => {
    const status = translationStatus({
      en: '2026-03-01T00:00:00.000Z',
      de: '2026-02-01T00:00:00.000Z',
      fr: '2026-04-01T00:00:00.000Z',
    })
    expect(status).toMatchObject({ en: 'source', de: 'outdated', fr: 'current', cs: 'missing' })
  })

  it('treats a document with no history as untranslated', () => {
    expect(Object.values(translationStatus(null)).filter((s) => s === 'missing')).toHaveLength(9)
  })
})
