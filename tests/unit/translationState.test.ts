import { documentStates, localeState, servedLocales } from '@/lib/translation/state'

const times = { en: '2026-03-01T00:00:00.000Z', lt: '2026-02-01T00:00:00.000Z' }

describe('a translation’s workflow state', () => {
  it('is missing without text and source in English', () => {
    expect(localeState({ locale: 'lt', hasText: false, approval: null, times })).toBe('missing')
    expect(localeState({ locale: 'en', hasText: true, approval: null, times })).toBe('source')
  })

  it('awaits approval after a change, whatever the times say', () => {
    const approval = { state: 'awaiting', at: '2026-04-01T00:00:00.000Z' }
    expect(localeState({ locale: 'lt', hasText: true, approval, times })).toBe('awaiting')
  })

  it('is current when approved against the latest English, outdated once English moves on', () => {
    const approval = { state: 'approved', at: '2026-03-02T00:00:00.000Z', sourceAt: times.en }
    expect(localeState({ locale: 'lt', hasText: true, approval, times })).toBe('current')
    const later = { ...times, en: '2026-03-05T00:00:00.000Z' }
    expect(localeState({ locale: 'lt', hasText: true, approval, times: later })).toBe('outdated')
  })

  it('treats text without a record (seeded, older) as approved, outdated by the old rule', () => {
    expect(localeState({ locale: 'lt', hasText: true, approval: null, times })).toBe('outdated')
    const fresh = { ...times, lt: '2026-03-02T00:00:00.000Z' }
    expect(localeState({ locale: 'lt', hasText: true, approval: null, times: fresh })).toBe(
      'current',
    )
  })

  it('ignores a malformed record as if there were none', () => {
    const approval = { state: 'approved-by-me' }
    expect(localeState({ locale: 'lt', hasText: true, approval, times })).toBe('outdated')
  })

  it('serves English and current or outdated translations, never awaiting or missing ones', () => {
    const states = documentStates({
      texts: { en: 'Title', lt: 'Pavadinimas', cs: 'Název', de: '' },
      approvals: { cs: { state: 'awaiting', at: '2026-04-01T00:00:00.000Z' } },
      times,
    })
    expect(states).toMatchObject({ en: 'source', lt: 'outdated', cs: 'awaiting', de: 'missing' })
    expect(servedLocales(states)).toEqual(['en', 'lt'])
  })
})
