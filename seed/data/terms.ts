import type { Locale } from '../../i18n/locales'

/**
 * The term base's first entries: the words the shipped messages and seed content use, with the
 * variants they drifted into. Why each preferred term won is in docs/terminology.md.
 */
export type TermSeed = {
  concept: string
  language: Locale
  preferred: string
  forbidden?: string[]
  note?: string
}

type PerLanguage = Partial<Record<Locale, string | [string, string[]]>>

const concept = (name: string, words: PerLanguage, note?: string): TermSeed[] =>
  Object.entries(words).map(([language, word]) => {
    const [preferred, forbidden] = typeof word === 'string' ? [word, []] : word
    return { concept: name, language: language as Locale, preferred, forbidden, note }
  })

export const terms: TermSeed[] = [
  ...concept(
    'HEROES',
    {
      en: 'HEROES',
      nl: 'HEROES',
      fr: 'HEROES',
      de: 'HEROES',
      da: 'HEROES',
      sv: 'HEROES',
      fi: 'HEROES',
      pt: 'HEROES',
      lt: 'HEROES',
      cs: 'HEROES',
    },
    'The alliance’s name: never translated, always in capitals.',
  ),
  ...concept('European University Alliance', {
    en: ['European University Alliance', ['European Universities Alliance']],
    nl: 'Europese universiteitsalliantie',
    fr: 'Alliance universitaire européenne',
    de: 'Europäische Hochschulallianz',
    da: 'Europæisk universitetsalliance',
    sv: 'Europeisk universitetsallians',
    fi: 'Eurooppalainen korkeakouluallianssi',
    pt: 'Aliança Universitária Europeia',
    lt: 'Europos universitetų aljansas',
    cs: 'Evropská univerzitní aliance',
  }),
  ...concept(
    'flagship',
    {
      en: ['flagship', ['flagship initiative', 'flagship project']],
      nl: 'vlaggenschip',
      fr: ['projet phare', ['initiative phare', 'initiatives phares']],
      de: ['Leuchtturmprojekt', ['Leuchttürme', 'Leitinitiative']],
      da: 'flagskib',
      sv: 'flaggskepp',
      fi: ['kärkihanke', ['lippulaiva']],
      pt: ['projeto emblemático', ['iniciativa emblemática', 'iniciativas emblemáticas']],
      lt: ['pavyzdinė iniciatyva', ['pagrindinė kryptis', 'pagrindinės kryptys', 'flagman']],
      cs: ['stěžejní projekt', ['stěžejní iniciativ', 'stěžejních iniciativ', 'vlajkov']],
    },
    'EDUCATION4HEROES, HEROES4REGIONS, HEROES4EVER: the menu, the pages and the address use this word.',
  ),
  ...concept('member', {
    en: 'member',
    nl: 'lid',
    fr: 'membre',
    de: 'Mitglied',
    da: 'medlem',
    sv: 'medlem',
    fi: 'jäsen',
    pt: 'membro',
    lt: 'narys',
    cs: 'člen',
  }),
  ...concept('partner', {
    en: 'partner',
    nl: 'partner',
    fr: 'partenaire',
    de: 'Partner',
    da: 'partner',
    sv: 'partner',
    fi: 'kumppani',
    pt: 'parceiro',
    lt: 'partneris',
    cs: 'partner',
  }),
  ...concept('press release', {
    en: ['press release', ['press-release', 'news release']],
    nl: 'persbericht',
    fr: 'communiqué de presse',
    de: 'Pressemitteilung',
    da: 'pressemeddelelse',
    sv: 'pressmeddelande',
    fi: 'tiedote',
    pt: 'comunicado de imprensa',
    lt: 'pranešimas spaudai',
    cs: 'tisková zpráva',
  }),
  ...concept('campus', {
    en: 'campus',
    nl: 'campus',
    fr: 'campus',
    de: 'Campus',
    da: 'campus',
    sv: 'campus',
    fi: 'kampus',
    pt: 'campus',
    lt: ['kampusas', ['miestel']],
    cs: 'kampus',
  }),
  ...concept('micro-credential', {
    en: ['micro-credential', ['microcredential', 'micro credential']],
    nl: 'microcredential',
    fr: 'microcertification',
    de: 'Microcredential',
    da: 'mikroeksamensbevis',
    sv: 'mikromerit',
    fi: 'mikrotutkinto',
    pt: 'microcredencial',
    lt: 'mikrokredencialas',
    cs: 'mikrocertifikát',
  }),
  ...concept('accessibility statement', {
    en: 'Accessibility statement',
    fr: ['Déclaration sur l’accessibilité', ['Déclaration d’accessibilité']],
    sv: ['Tillgänglighetsutlåtande', ['Tillgänglighetsredogörelse']],
    lt: ['Pareiškimas dėl prieinamumo', ['Prieinamumo pareiškimas']],
  }),
  ...concept('legal notice', {
    en: 'Legal notice',
    nl: ['Juridische mededeling', ['Colofon']],
    sv: ['Juridisk information', ['Rättsligt meddelande']],
    lt: ['Teisinė informacija', ['Teisinis pranešimas']],
    cs: ['Právní informace', ['Právní upozornění']],
  }),
]
