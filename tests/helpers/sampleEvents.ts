import type { Locale } from '../../i18n/locales'

/**
 * Test data, never seeded (issue 23: the alliance's texts name no dated events): one event to
 * come and one past, translated into the languages the HTML checks read (en, de, fi, lt, cs).
 * The browser suites and the benchmark create them in their own databases
 * (tests/e2e/fixtures/events.ts).
 */
export type SampleEvent = {
  startsAt: string
  endsAt: string
  timeZone: string
  text: Partial<Record<Locale, { title: string; summary: string; venue: string; slug: string }>> & {
    en: { title: string; summary: string; venue: string; slug: string }
  }
}

export const sampleEvents: Record<'upcoming' | 'past', SampleEvent> = {
  upcoming: {
    // 4 May 2099, 09:00–15:00 in Prague.
    startsAt: '2099-05-04T07:00:00.000Z',
    endsAt: '2099-05-04T13:00:00.000Z',
    timeZone: 'Europe/Prague',
    text: {
      en: {
        title: 'Sample open lab day',
        summary: 'A sample event made by the tests.',
        venue: 'Sample hall',
        slug: 'sample-open-lab-day',
      },
      de: {
        title: 'Beispiel: Tag des offenen Labors',
        summary: 'Eine Beispielveranstaltung aus den Tests.',
        venue: 'Beispielsaal',
        slug: 'beispiel-tag-des-offenen-labors',
      },
      fi: {
        title: 'Esimerkki: avoimien laboratorioiden päivä',
        summary: 'Testien tekemä esimerkkitapahtuma.',
        venue: 'Esimerkkisali',
        slug: 'esimerkki-avoimien-laboratorioiden-paiva',
      },
      lt: {
        title: 'Pavyzdys: atvirų laboratorijų diena',
        summary: 'Testų sukurtas pavyzdinis renginys.',
        venue: 'Pavyzdinė salė',
        slug: 'pavyzdys-atviru-laboratoriju-diena',
      },
      cs: {
        title: 'Ukázka: den otevřených laboratoří',
        summary: 'Ukázková akce vytvořená testy.',
        venue: 'Ukázkový sál',
        slug: 'ukazka-den-otevrenych-laboratori',
      },
    },
  },
  past: {
    // 6 October 2020, 11:00–15:00 in Vilnius.
    startsAt: '2020-10-06T08:00:00.000Z',
    endsAt: '2020-10-06T12:00:00.000Z',
    timeZone: 'Europe/Vilnius',
    text: {
      en: {
        title: 'Sample autumn seminar',
        summary: 'A past sample event made by the tests.',
        venue: 'Sample room',
        slug: 'sample-autumn-seminar',
      },
      de: {
        title: 'Beispiel: Herbstseminar',
        summary: 'Eine vergangene Beispielveranstaltung aus den Tests.',
        venue: 'Beispielraum',
        slug: 'beispiel-herbstseminar',
      },
      fi: {
        title: 'Esimerkki: syysseminaari',
        summary: 'Testien tekemä mennyt esimerkkitapahtuma.',
        venue: 'Esimerkkihuone',
        slug: 'esimerkki-syysseminaari',
      },
      lt: {
        title: 'Pavyzdys: rudens seminaras',
        summary: 'Testų sukurtas praėjęs pavyzdinis renginys.',
        venue: 'Pavyzdinis kambarys',
        slug: 'pavyzdys-rudens-seminaras',
      },
      cs: {
        title: 'Ukázka: podzimní seminář',
        summary: 'Minulá ukázková akce vytvořená testy.',
        venue: 'Ukázková místnost',
        slug: 'ukazka-podzimni-seminar',
      },
    },
  },
}

/** A sample event's text in `locale` (English where the tests did not translate it). */
export const sampleText = (event: SampleEvent, locale: Locale) =>
  event.text[locale] ?? event.text.en

/** The filter the suites and the benchmark ask for (both samples are on site). */
export const sampleEventFilter = 'format=onsite'
