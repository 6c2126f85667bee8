import type { SeedTranslation } from './types'

export const de: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary:
        'Eine flämische Hochschule für angewandte Wissenschaften mit Standorten in der gesamten Provinz Antwerpen.',
      description: [
        'Die Thomas More Hogeschool ist eine der größten Hochschulen für angewandte Wissenschaften in Flandern (Belgien). In ihren Studiengängen verbindet sie berufsorientierte Lehre mit praxisorientierter Forschung, die sie gemeinsam mit Unternehmen, Schulen, Pflege- und Gesundheitseinrichtungen sowie Behörden der Region betreibt.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary:
        'Eine niederländische Hochschule für angewandte Wissenschaften im Süden der Niederlande.',
      description: [
        'Die Fontys Hogescholen bieten im Süden der Niederlande Bachelor- und Masterstudiengänge sowie Associate-Degree-Programme (Kurzstudiengänge) an. Ein klarer Schwerpunkt liegt auf der angewandten Forschung und auf der engen Zusammenarbeit mit der Region Brainport und weiteren regionalen Partnern.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary: 'Eine dänische Hochschule, die Fachkräfte für Nordjütland ausbildet.',
      description: [
        'Die Professionshøjskolen UCN (University College Northern Denmark) bildet in Norddänemark Fachkräfte für Gesundheit, Soziales, Bildung, Wirtschaft und Technik aus und entwickelt gemeinsam mit Unternehmen und öffentlichen Einrichtungen der Region neues Wissen.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'Ein portugiesisches Polytechnikum in der Region Alentejo.',
      description: [
        'Das Instituto Politécnico de Beja (Polytechnic University of Beja) bietet berufsorientierte Hochschulbildung und angewandte Forschung, die fest im Alentejo verwurzelt sind – einer überwiegend ländlichen Region, in der Landwirtschaft, Wasser und nachhaltige Entwicklung zentrale Herausforderungen sind.',
      ],
    },
    thd: {
      slug: 'thd',
      summary:
        'Eine deutsche Hochschule für angewandte Wissenschaften mit technischem Profil in Niederbayern.',
      description: [
        'Die Technische Hochschule Deggendorf (THD) verbindet Studiengänge in Technik, Wirtschaft, Gesundheit und Digitalisierung mit angewandter Forschung und Technologietransfer – in Niederbayern und darüber hinaus.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary:
        'Eine schwedische Hochschule an der Westküste, bekannt für ihre innovationsorientierte Lehre.',
      description: [
        'Die Högskolan i Halmstad (Halmstad University) arbeitet an der schwedischen Westküste eng mit Wirtschaft und Gesellschaft zusammen. In Forschung und Lehre konzentriert sie sich auf Gesundheit, Digitalisierung und Innovation.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'Eine finnische Hochschule für angewandte Wissenschaften in Südösterbotten.',
      description: [
        'Die Seinäjoen ammattikorkeakoulu (SeAMK, Seinäjoki University of Applied Sciences) bietet berufsorientierte Hochschulbildung und trägt mit ihren Forschungs-, Entwicklungs- und Innovationsaktivitäten zur Vitalität der Region Südösterbotten bei.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary: 'Eine litauische Hochschule mit berufsqualifizierenden Bachelorstudiengängen.',
      description: [
        'Die Vilniaus kolegija ist eine der größten Hochschulen ihrer Art in Litauen. In der Hauptstadtregion bietet sie praxisorientierte, berufsqualifizierende Bachelorstudiengänge an.',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Eine tschechische Universität für Land- und Forstwirtschaft, Wirtschaft, Gartenbau und Entwicklung.',
      description: [
        'Die Mendelova univerzita v Brně (Mendel University in Brno) lehrt und forscht in den Bereichen Agrarwissenschaften, Forstwirtschaft und Holztechnologie, Wirtschaftswissenschaften, Gartenbau sowie Regionalentwicklung – mit einem klaren Schwerpunkt auf Nachhaltigkeit.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Vertieft die Zusammenarbeit bei Studienprogrammen auf Bachelor-, Master- und Promotionsebene mit starkem Praxisbezug.',
      summary:
        'Gemeinsame Minor- und Masterprogramme, die Studierenden praktisches Wissen und praktische Fähigkeiten vermitteln, um multiplen Krisen aus lokaler und regionaler Perspektive zu begegnen.',
      body: [
        'Die Studienprogramme vermitteln Studierenden praktisches Wissen und praktische Fähigkeiten, mit denen sie multiplen Krisen aus lokaler und regionaler Perspektive begegnen können.',
        'Gemeinsame Minor- und Masterprogramme verbinden theoretisches Wissen mit challenge-basierten Modulen – vor allem in den Bereichen, die zur intelligenten regionalen Resilienz von Menschen, Unternehmen und Natur beitragen.',
        'Entscheidend sind die Fähigkeiten und Kompetenzen, digitale Technologien menschenzentriert, naturpositiv und resilienzstärkend einzusetzen. So versetzen wir lokale Ökosysteme in die Lage, Störungen standzuhalten.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Bündelt alle challenge-basierten Initiativen der HEROES-Allianz.',
      summary:
        'Teams aus Studierenden, Lehrenden, Forschenden sowie lokalen Unternehmen und Gemeinschaften arbeiten gemeinsam an realen Herausforderungen vor Ort – unterstützt von einem praxisorientierten Forschungshub.',
      body: [
        'In gemeinsam konzipierten challenge-basierten Lernprogrammen arbeiten Teams, die Wissen und Innovationen hervorbringen, an realen Herausforderungen vor Ort. Ihnen gehören Studierende, Lehrende, Forschende sowie Vertreterinnen und Vertreter lokaler Unternehmen und Gemeinschaften an.',
        'Eng damit verzahnt baut die Allianz einen praxisorientierten wissenschaftlichen Forschungshub auf, der Expertinnen und Experten verschiedener Fachrichtungen rund um Querschnittsthemen zusammenbringt. Sie kombinieren ihre Expertise flexibel, um gemeinsame, challenge-basierte Forschungsagenden zu verfolgen.',
        'Alle challenge-basierten Initiativen der Allianz stärken die Resilienz lokaler Gemeinschaften, Unternehmen und natürlicher Lebensräume in den umliegenden Regionen – durch innovative praktische Lösungen, maßgeschneiderte praxisorientierte wissenschaftliche Forschung und passgenauen Wissens- und Technologietransfer.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Bietet Berufstätigen flexible Lernangebote und alternative Lernwege für digitale Weiterqualifizierung und Beschäftigungsfähigkeit.',
      summary:
        'Flexible Kurse und Weiterbildungen für Fachkräfte und Hochschulbeschäftigte mit Schwerpunkt auf dem doppelten grünen und digitalen Wandel, die zu Microcredentials mit digitalen Badges führen.',
      body: [
        'Gemeinsam entwickelte flexible Kurse und Weiterbildungen für Fachkräfte ebenso wie für Beschäftigte der HEROES-Hochschulen fördern Weiterqualifizierung und Umschulung und verbessern die Beschäftigungschancen.',
        'Das Angebot konzentriert sich auf Kompetenzen für den doppelten grünen und digitalen Wandel sowie auf Querschnittskompetenzen und führt zu Microcredentials, die mit digitalen Badges nachgewiesen werden.',
        'Onlinekurse und „MOOCs mit Leistungspunkten“ werden auf den Einsatz künstlicher Intelligenz reagieren, die Automatisierung von Kompetenzen vorwegnehmen und den festgestellten Kompetenzbedarf im Hinblick auf die Resilienz von Menschen, Unternehmen und Natur berücksichtigen.',
      ],
    },
  },

  partners: {
    'artois-university': {
      description: 'Assoziierte Hochschule aus Frankreich.',
    },
    'ismail-qemali-university-vlora': {
      description: 'Assoziierte Hochschule aus Albanien.',
    },
    'universum-international-college': {
      description: 'Assoziierte Hochschule aus dem Kosovo.',
    },
    'ukrainian-catholic-university': {
      description: 'Assoziierte Hochschule aus der Ukraine.',
    },
    'hellenic-mediterranean-university': {
      description: 'Assoziierte Hochschule aus Griechenland.',
    },
    'erasmus-student-network': {
      description:
        'Mitglied des Internationalen Beratungsnetzwerks (International Advisory Network).',
    },
    eurashe: {
      description:
        'Mitglied des Internationalen Beratungsnetzwerks (International Advisory Network).',
    },
    uas4europe: {
      description:
        'Mitglied des Internationalen Beratungsnetzwerks (International Advisory Network).',
    },
    'lifelong-learning-platform': {
      description:
        'Mitglied des Internationalen Beratungsnetzwerks (International Advisory Network).',
    },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-wird-eu-hochschulallianz',
      title: 'HEROES als Europäische Hochschulallianz ausgewählt',
      summary:
        'HEROES wurde im Rahmen des Programms Erasmus+ der Europäischen Kommission als offizielle Europäische Hochschulallianz ausgewählt.',
      body: [
        'Wir freuen uns sehr, bekannt zu geben, dass HEROES im Rahmen des Programms Erasmus+ der Europäischen Kommission als offizielle Europäische Hochschulallianz (Initiative „Europäische Hochschulen“) ausgewählt wurde.',
        'Alle neun HEROES-Mitglieder freuen sich darauf, ihre Zusammenarbeit in der berufsorientierten (lebenslangen) Bildung und in der praxisorientierten wissenschaftlichen Forschung zu vertiefen.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'leitbild',
      title: 'Leitbild',
      intro:
        'Wir sind HEROES, eine transnationale Allianz von Hochschulen für angewandte Wissenschaften. Gemeinsam setzen wir uns dafür ein, die Talente einer neuen Generation von EU-Bürgerinnen und -Bürgern in Superkräfte zu verwandeln, die die intelligente regionale Resilienz von Menschen, Unternehmen und Natur voranbringen.',
      body: [
        'In unserer sich rasant wandelnden Welt zeigt sich eine bleibende Wahrheit: Die einzige Konstante ist der Wandel selbst. Um dieser dynamischen Wirklichkeit zu begegnen, brauchen wir Heldinnen und Helden, die die Resilienz aller Regionen der EU und starke lokale Ökosysteme sichern.',
        'Die HEROES-Allianz fördert die intelligente regionale Resilienz, also die Fähigkeit von Regionen, Störungen vorauszusehen, sich an sie anzupassen und sich von ihnen zu erholen – durch den strategischen Einsatz intelligenter Technologien, innovativer Lösungen und bürgerschaftlichen Engagements.',
        { h: 'Unser Ziel' },
        'Ziel von HEROES ist es, die intelligente regionale Resilienz von Menschen, Unternehmen und Natur zu stärken, indem die Talente engagierter Europäerinnen und Europäer in Superkräfte verwandelt werden. Um dieses Ziel zu erreichen, setzt HEROES auf:',
        {
          list: [
            'hochwertige berufsorientierte Hochschulbildung,',
            'wirkungsvolle praxisorientierte wissenschaftliche Forschung',
            'und die Zusammenarbeit gleichgesinnter Partner.',
          ],
        },
      ],
    },
    approach: {
      slug: 'ansatz',
      title: 'Unser Ansatz',
      intro:
        'Die drei Leuchtturmprojekte sind die tragenden Säulen des interuniversitären HEROES-Campus.',
      body: [
        'Gefestigt und getragen werden die Leuchtturmprojekte von einem soliden Fundament gemeinsamer Strukturen und Initiativen, die sie speisen, stärken und unterstützen.',
        'Diese Strukturen und Initiativen fördern eine solide Governance und ein transnationales Multi-Stakeholder-Ökosystem, unterstützen und vereinfachen Mobilitätsaktivitäten und schaffen eine grüne, inklusive und resilienzorientierte Gemeinschaft sowie einen virtuellen Campus.',
        'Sie sind die unverzichtbaren Grundpfeiler auf dem Weg zu einem grünen und inklusiven interuniversitären HEROES-Campus.',
      ],
    },
    privacy: {
      slug: 'datenschutz',
      title: 'Datenschutzerklärung',
      intro: 'Wie das HEROES-Portal mit Ihren personenbezogenen Daten umgeht.',
      body: [
        { h: 'Welche Daten wir erheben' },
        'Diese Website verwendet keine Tracking- oder Werbe-Cookies und lädt keinerlei Inhalte von Dritten. Sie speichert ein einziges Cookie, in dem die von Ihnen gewählte Sprache hinterlegt ist.',
        'Wenn Sie uns über das Kontaktformular schreiben, speichern wir Ihre Eingaben (Ihren Namen, Ihre E-Mail-Adresse, gegebenenfalls Ihre Organisation, das Thema, die betreffende Hochschule und Ihre Nachricht) sowie die Sprache der Seite und den Zeitpunkt des Absendens.',
        { h: 'Zweck und Speicherdauer' },
        'Wir verwenden Ihre Nachricht ausschließlich, um sie zu beantworten. Zugriff darauf haben die Mitarbeiterinnen und Mitarbeiter der Allianz, die Kontaktanfragen bearbeiten. Nachrichten werden 365 Tage nach ihrem Eingang automatisch gelöscht, auf Ihren Wunsch auch früher.',
        { h: 'Ihre Rechte' },
        'Nach der Datenschutz-Grundverordnung (DSGVO) können Sie Auskunft über Ihre Daten sowie deren Berichtigung oder Löschung verlangen. Außerdem haben Sie das Recht auf Beschwerde bei der Datenschutz-Aufsichtsbehörde Ihres Landes. Für Ihr Anliegen nutzen Sie bitte das Kontaktformular.',
      ],
    },
    'accessibility-statement': {
      slug: 'barrierefreiheit',
      title: 'Erklärung zur Barrierefreiheit',
      intro:
        'Die HEROES-Allianz ist bemüht, diese Website im Einklang mit der Richtlinie (EU) 2016/2102 barrierefrei zugänglich zu machen.',
      body: [
        { h: 'Stand der Vereinbarkeit mit den Anforderungen' },
        'Ziel ist, dass diese Website den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 auf Konformitätsstufe AA entspricht – der Stufe, die die europäische Norm EN 301 549 verlangt.',
        { h: 'Erstellung dieser Erklärung zur Barrierefreiheit' },
        'Vor jeder Veröffentlichung einer neuen Version wird jeder Seitentyp in mehreren Sprachen automatisiert mit der Prüfsoftware axe-core auf Barrierefreiheit getestet und mit der Tastatur bedient.',
        { h: 'Feedback und Kontaktangaben' },
        'Wenn Sie auf dieser Website auf eine Barriere stoßen, teilen Sie uns dies bitte über das Kontaktformular mit. Wir bemühen uns, innerhalb von zwei Wochen zu antworten.',
        { h: 'Durchsetzungsverfahren' },
        'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Stelle wenden, die in Ihrem Land für die Durchsetzung der Barrierefreiheit von Websites zuständig ist.',
      ],
    },
    'legal-notice': {
      slug: 'impressum',
      title: 'Impressum',
      intro: 'Herausgeber und Nutzungsbedingungen des HEROES-Portals.',
      body: [
        { h: 'Förderung' },
        'HEROES wird von der Europäischen Union im Rahmen des Programms Erasmus+ kofinanziert. Die geäußerten Ansichten und Meinungen entsprechen jedoch ausschließlich denen des Autors bzw. der Autoren und spiegeln nicht zwingend die der Europäischen Union oder der Europäischen Exekutivagentur für Bildung und Kultur (EACEA) wider. Weder die Europäische Union noch die EACEA können dafür verantwortlich gemacht werden.',
        { h: 'Links' },
        'Diese Website enthält Links zu den Websites der Mitgliedshochschulen und Partner. Für deren Inhalte sind die jeweiligen Herausgeber verantwortlich.',
      ],
    },
  },

  home: {
    hero: {
      title: 'Hochschulbildung für resilienzorientierte und handlungsstarke Gesellschaften',
      missionLine:
        'Wir sind HEROES, eine transnationale Allianz von Hochschulen für angewandte Wissenschaften. Gemeinsam setzen wir uns dafür ein, die Talente einer neuen Generation von EU-Bürgerinnen und -Bürgern in Superkräfte zu verwandeln, die die intelligente regionale Resilienz von Menschen, Unternehmen und Natur voranbringen.',
    },
    purpose: {
      paragraphs: [
        'In unserer sich rasant wandelnden Welt zeigt sich eine bleibende Wahrheit: Die einzige Konstante ist der Wandel selbst. Um dieser dynamischen Wirklichkeit zu begegnen, brauchen wir Heldinnen und Helden, die die Resilienz aller Regionen der EU und starke lokale Ökosysteme sichern.',
        'Die HEROES-Allianz fördert die intelligente regionale Resilienz, also die Fähigkeit von Regionen, Störungen vorauszusehen, sich an sie anzupassen und sich von ihnen zu erholen – durch den strategischen Einsatz intelligenter Technologien, innovativer Lösungen und bürgerschaftlichen Engagements.',
        'Mit menschenzentrierten, naturpositiven und resilienzstärkenden digitalen Innovationen will HEROES komplexe Probleme lösen – etwa durch Telemedizin in der Gesundheitsversorgung, durch Extended Reality zur Stärkung lokaler Unternehmen oder durch den Einsatz künstlicher Intelligenz für eine effiziente Wassernutzung.',
        'Ziel von HEROES ist es, die intelligente regionale Resilienz von Menschen, Unternehmen und Natur zu stärken, indem die Talente engagierter Europäerinnen und Europäer in Superkräfte verwandelt werden.',
      ],
      focusIntro: 'Um dieses Ziel zu erreichen, setzt HEROES auf:',
      focus: [
        'hochwertige berufsorientierte Hochschulbildung',
        'wirkungsvolle praxisorientierte wissenschaftliche Forschung',
        'die Zusammenarbeit gleichgesinnter Partner',
      ],
      goals: [
        {
          title:
            'Die institutionelle, strukturelle und strategische Zusammenarbeit nachhaltig vertiefen',
          body: 'Eine fruchtbare HEROES-Partnerschaft besteht bereits; nun ist sie bereit für die nächste Stufe.',
        },
        {
          title:
            'Die Resilienz von Menschen, Wirtschaft und natürlicher Umwelt auf regionaler und lokaler Ebene stärken',
          body: 'Reaktionsfähigkeit und Resilienz auf lokaler Ebene sind entscheidend: Die Folgen der heutigen globalen Herausforderungen sind unmittelbar vor Ort spürbar, und praktische Lösungen für den lokalen Einsatz werden dringend gebraucht. Die HEROES-Partner sind in kleinen und mittelgroßen Städten angesiedelt und dort fest verankert. Damit sind sie bestens aufgestellt, um kontextbezogene innovative Lösungen zu entwickeln, die funktionieren, und diese gemeinsam mit lokalen Akteuren wirksam umzusetzen.',
        },
      ],
    },
    actions: {
      intro:
        'Unsere langfristige Strategie beruht auf drei strategischen Leuchtturmprojekten, die das Wissensquadrat aus Bildung, Forschung, Innovation und Dienst an der Gesellschaft abdecken. Diese Leuchtturmprojekte sind die tragenden Säulen unseres interuniversitären HEROES-Campus.',
    },
    approach: {
      intro:
        'Die drei Leuchtturmprojekte stehen auf einem tragfähigen Fundament gemeinsamer Strukturen und Initiativen: einer soliden Governance, einem transnationalen Multi-Stakeholder-Ökosystem, vereinfachten Mobilitätsaktivitäten, einer grünen, inklusiven und resilienzorientierten Gemeinschaft sowie einem virtuellen Campus.',
    },
    superpowers: {
      intro:
        'Die HEROES-Allianz ist ein Verbund von neun Hochschulen für angewandte Wissenschaften aus neun EU-Mitgliedstaaten, die eine Reihe einzigartiger Merkmale teilen. Diese tragen entscheidend dazu bei, dass wir unser Ziel erreichen. Das sind unsere Superkräfte.',
      items: [
        {
          title: 'Unser Verbund beruht auf Vertrauen und Verständnis',
          body: 'Wir verfügen über eine starke Grundlage, um unsere Zusammenarbeit auf die nächste Stufe zu heben, denn wir bauen auf bestehenden, erfolgreichen bilateralen und multilateralen Partnerschaften und Kooperationsvereinbarungen auf.',
        },
        {
          title: 'Wir sind regional verankert und gut erreichbar',
          body: 'Unsere Standorte decken Europa regional breit und ausgewogen ab. So sind wir nah dran und leicht erreichbar für Studierende, Menschen in der Weiterbildung und lokale Partner.',
        },
        {
          title: 'Wir bieten Bildung, die stark macht',
          body: 'Wir bieten berufsorientierte, anwendungsbezogene Hochschulbildung und Weiterbildung. Unsere Programme sind auf die Anforderungen der Berufspraxis und auf gesellschaftliche Herausforderungen zugeschnitten.',
        },
        {
          title: 'Wir setzen auf Forschung mit Wirkung',
          body: 'Wir betreiben innovative, praxisorientierte wissenschaftliche Forschung, die sich am Bedarf ausrichtet, gesellschaftliche Herausforderungen aufgreift und unmittelbar in die Berufspraxis und die Gesellschaft hineinwirkt.',
        },
        {
          title: 'Wir sind Innovationskatalysatoren',
          body: 'Wir sind Teil lokaler und regionaler Innovationsökosysteme und gestalten sie aktiv mit – in Zusammenarbeit mit KMU, Industrie, Behörden, Zivilgesellschaft, NGOs und klassischen Universitäten.',
        },
        {
          title: 'Wir sind agil und reaktionsschnell',
          body: 'Wir sind agil, das heißt: Wir können schnell und iterativ auf neue Bedarfe, Fachkräfteengpässe auf dem Arbeitsmarkt und sich wandelnde Chancen bei Wissen und Kompetenzen reagieren.',
        },
      ],
    },
    partners: {
      intro:
        'Die neun Partner der HEROES-Allianz sind stolz auf die Unterstützung durch ein breites und vielfältiges Netz assoziierter Partner.',
      otherPartners:
        'Über 70 weitere Partner aus den HEROES-Ländern und aus anderen Ländern wie Serbien, der Ukraine, Kenia und Ghana: Hochschulen, lokale Akteure, die die Netzwerke aus Gesellschaft, Wirtschaft und Industrie in ihrer Region vertreten, internationale Netzwerke und Dachverbände.',
    },
  },

  site: {
    contact: {
      intro:
        'Studierende, Weiterbildungsinteressierte, Unternehmen, lokale Partner und Presse: Schreiben Sie der HEROES-Allianz – die richtigen Ansprechpersonen an unseren neun Hochschulen antworten Ihnen.',
    },
  },
}
