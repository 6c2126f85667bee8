import type { Locale } from '../../i18n/locales'

/**
 * Test data, never seeded (issue 23: the alliance's texts name no dated offers): one open
 * micro-credential, translated into the languages the HTML checks read (en, de, fi, lt, cs).
 * The browser suites and the benchmark create it in their own databases
 * (tests/e2e/fixtures/events.ts, with the sample events).
 */
export const sampleOpportunity = {
  // 1 June 2099, 23:59 in Brussels.
  applicationDeadline: '2099-06-01T21:59:00.000Z',
  timeZone: 'Europe/Brussels',
  text: {
    en: {
      title: 'Sample micro-credential',
      summary: 'A sample learning offer made by the tests.',
      slug: 'sample-micro-credential',
    },
    de: {
      title: 'Beispiel: Microcredential',
      summary: 'Ein Beispiel-Lernangebot aus den Tests.',
      slug: 'beispiel-microcredential',
    },
    fi: {
      title: 'Esimerkki: mikrotutkinto',
      summary: 'Testien tekemä esimerkkikoulutus.',
      slug: 'esimerkki-mikrotutkinto',
    },
    lt: {
      title: 'Pavyzdys: mikrokredencialas',
      summary: 'Testų sukurtas pavyzdinis mokymosi pasiūlymas.',
      slug: 'pavyzdys-mikrokredencialas',
    },
    cs: {
      title: 'Ukázka: mikrocertifikát',
      summary: 'Ukázková vzdělávací nabídka vytvořená testy.',
      slug: 'ukazka-mikrocertifikat',
    },
  } satisfies Partial<Record<Locale, { title: string; summary: string; slug: string }>>,
}

/** A filter the sample offer passes (`?…` without the `?`). */
export const sampleOpportunityFilter = 'kind=micro-credential&mode=online'
