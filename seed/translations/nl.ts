import type { SeedTranslation } from './types'

export const nl: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary: 'Een Vlaamse hogeschool met campussen verspreid over de provincie Antwerpen.',
      description: [
        'Thomas More Hogeschool is een van de grootste hogescholen van Vlaanderen (België). De opleidingen combineren beroepsgericht onderwijs met praktijkgericht onderzoek, dat wordt uitgevoerd samen met bedrijven, scholen, zorgorganisaties en overheden uit de regio.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary: 'Een Nederlandse hogeschool in het zuiden van het land.',
      description: [
        'Fontys Hogescholen biedt in het zuiden van Nederland bacheloropleidingen, associate degrees en masteropleidingen aan, met een sterke focus op toegepast onderzoek en een nauwe samenwerking met de regio Brainport en andere regionale partners.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary: 'Een Deense hogeschool die professionals opleidt voor Noord-Jutland.',
      description: [
        'Professionshøjskolen UCN (University College Northern Denmark) leidt in het noorden van Denemarken professionals op in gezondheidszorg, welzijn, onderwijs, bedrijfskunde en technologie, en ontwikkelt kennis samen met bedrijven en publieke instellingen uit de regio.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'Een Portugees polytechnisch instituut in de regio Alentejo.',
      description: [
        'Het Instituto Politécnico de Beja (Polytechnic University of Beja) biedt professioneel hoger onderwijs en toegepast onderzoek dat geworteld is in de Alentejo, een overwegend landelijke regio waar landbouw, water en duurzame ontwikkeling de centrale uitdagingen vormen.',
      ],
    },
    thd: {
      slug: 'thd',
      summary: 'Een Duitse technische hogeschool in Neder-Beieren.',
      description: [
        'De Technische Hochschule Deggendorf (Deggendorf Institute of Technology) combineert opleidingen in techniek, bedrijfskunde, gezondheid en digitalisering met toegepast onderzoek en technologieoverdracht, in Neder-Beieren en daarbuiten.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary:
        'Een Zweedse universiteit aan de westkust, bekend om haar innovatiegerichte onderwijs.',
      description: [
        'Högskolan i Halmstad (Halmstad University) werkt aan de Zweedse westkust nauw samen met het bedrijfsleven en de samenleving, met onderzoek en onderwijs op het gebied van gezondheid, digitalisering en innovatie.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'Een Finse hogeschool in Zuid-Österbotten.',
      description: [
        'Seinäjoen ammattikorkeakoulu (SeAMK, Seinäjoki University of Applied Sciences) verzorgt professioneel hoger onderwijs en onderzoeks-, ontwikkelings- en innovatieactiviteiten die bijdragen aan de vitaliteit van Zuid-Österbotten.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary:
        'Een Litouwse instelling voor hoger onderwijs met professionele bacheloropleidingen.',
      description: [
        'Vilniaus kolegija is een van de grootste instellingen voor hoger onderwijs van dit type in Litouwen en biedt in de regio rond de hoofdstad praktijkgerichte professionele bacheloropleidingen aan.',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Een Tsjechische universiteit voor landbouw, bosbouw, bedrijfskunde, tuinbouw en ontwikkeling.',
      description: [
        'Mendelova univerzita v Brně (Mendel University in Brno) verzorgt onderwijs en onderzoek in landbouw, bosbouw en houttechnologie, bedrijfskunde en economie, tuinbouw en regionale ontwikkeling, met een sterke focus op duurzaamheid.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Verdiept de samenwerking in opleidingen op bachelor-, master- en doctoraatsniveau, met een sterke band met de praktijk.',
      summary:
        'Gezamenlijke minoren en masteropleidingen die studenten de praktische kennis en vaardigheden meegeven om vanuit een lokaal en regionaal perspectief het hoofd te bieden aan meerdere crises.',
      body: [
        'De opleidingen geven studenten de praktische kennis en vaardigheden mee om vanuit een lokaal en regionaal perspectief het hoofd te bieden aan meerdere crises.',
        'Gezamenlijke minoren en masteropleidingen verbinden theoretische kennis met uitdagingsgerichte modules, vooral op de gebieden die bijdragen aan de slimme regionale veerkracht van mensen, bedrijven en natuur.',
        'Essentieel zijn de vaardigheden en competenties om digitale technologische oplossingen toe te passen op een manier die de mens centraal stelt, de natuur ten goede komt en de veerkracht versterkt. Zo geven we lokale ecosystemen de kracht om verstoringen te doorstaan.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Omvat alle uitdagingsgerichte initiatieven van de HEROES-alliantie.',
      summary:
        'Teams van studenten, docenten, onderzoekers, lokale bedrijven en gemeenschappen werken samen aan reële lokale uitdagingen, met de steun van een praktijkgerichte onderzoekshub.',
      body: [
        'In gezamenlijk ontworpen programma’s voor uitdagingsgericht leren (challenge-based learning) werken teams van studenten, docenten, onderzoekers en vertegenwoordigers van lokale bedrijven en gemeenschappen samen aan reële lokale uitdagingen en creëren ze zo nieuwe kennis en innovatie.',
        'In synergie daarmee richt de alliantie een praktijkgerichte wetenschappelijke onderzoekshub op, die experts uit verschillende vakgebieden samenbrengt rond vakoverstijgende thema’s. Zij combineren en bundelen hun expertise om gedeelde, uitdagingsgerichte onderzoeksagenda’s te realiseren.',
        'Alle uitdagingsgerichte initiatieven van de alliantie versterken de veerkracht van lokale gemeenschappen, bedrijven en natuurlijke omgevingen in de omliggende regio’s, met innovatieve praktische oplossingen, op maat gesneden praktijkgericht wetenschappelijk onderzoek en kennis- en technologieoverdracht die is afgestemd op de behoeften.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Biedt werkende professionals flexibele leermogelijkheden en alternatieve leertrajecten voor digitale bijscholing en een betere inzetbaarheid op de arbeidsmarkt.',
      summary:
        'Flexibele cursussen en trainingen voor professionals en personeel, gericht op de dubbele groene en digitale transitie, die leiden tot microcredentials met een digitale badge.',
      body: [
        'Gezamenlijk ontwikkelde flexibele cursussen en trainingen voor zowel professionals als personeel van de HEROES-instellingen bevorderen bijscholing, omscholing en een betere inzetbaarheid op de arbeidsmarkt.',
        'Het aanbod richt zich op vaardigheden voor de dubbele groene en digitale transitie en op transversale vaardigheden, en leidt tot microcredentials met een digitale badge.',
        'Online cursussen en “MOOC’s met studiepunten” zullen inspelen op het gebruik van artificiële intelligentie: ze anticiperen op de automatisering van vaardigheden en houden rekening met de vastgestelde behoeften aan vaardigheden op het gebied van de veerkracht van mensen, bedrijven en natuur.',
      ],
    },
  },

  partners: {
    'artois-university': {
      description: 'Geassocieerde instelling voor hoger onderwijs uit Frankrijk.',
    },
    'ismail-qemali-university-vlora': {
      description: 'Geassocieerde instelling voor hoger onderwijs uit Albanië.',
    },
    'universum-international-college': {
      description: 'Geassocieerde instelling voor hoger onderwijs uit Kosovo.',
    },
    'ukrainian-catholic-university': {
      description: 'Geassocieerde instelling voor hoger onderwijs uit Oekraïne.',
    },
    'hellenic-mediterranean-university': {
      description: 'Geassocieerde instelling voor hoger onderwijs uit Griekenland.',
    },
    'erasmus-student-network': {
      description: 'Lid van het internationale adviesnetwerk (International Advisory Network).',
    },
    eurashe: {
      description: 'Lid van het internationale adviesnetwerk (International Advisory Network).',
    },
    uas4europe: {
      description: 'Lid van het internationale adviesnetwerk (International Advisory Network).',
    },
    'lifelong-learning-platform': {
      description: 'Lid van het internationale adviesnetwerk (International Advisory Network).',
    },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-geselecteerd-als-alliantie-van-europese-universiteiten',
      title: 'HEROES geselecteerd als alliantie van Europese universiteiten',
      summary:
        'HEROES is in het kader van het Erasmus+-programma van de Europese Commissie geselecteerd als officiële alliantie van Europese universiteiten.',
      body: [
        'Met grote vreugde maken wij bekend dat HEROES in het kader van het Erasmus+-programma van de Europese Commissie is geselecteerd als officiële alliantie van Europese universiteiten.',
        'Alle negen HEROES-leden kijken ernaar uit om hun samenwerking te verdiepen op het gebied van beroepsgericht (levenslang) onderwijs en praktijkgericht wetenschappelijk onderzoek.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'missie',
      title: 'Onze missie',
      intro:
        'Wij zijn HEROES, een transnationale alliantie van instellingen voor professioneel hoger onderwijs die de talenten van een nieuwe generatie EU-burgers willen omzetten in superkrachten die de slimme regionale veerkracht van mensen, bedrijven en natuur vergroten.',
      body: [
        'In onze snel veranderende wereld blijft één waarheid overeind: de enige constante is verandering. Om deze dynamische werkelijkheid het hoofd te bieden, hebben we helden nodig die zorgen voor veerkracht in alle regio’s van de EU en voor sterke lokale ecosystemen.',
        'De HEROES-alliantie bevordert slimme regionale veerkracht, dat wil zeggen het vermogen van regio’s om te anticiperen op verstoringen, zich eraan aan te passen en ervan te herstellen, door strategisch gebruik te maken van slimme technologieën, innovatieve oplossingen en de betrokkenheid van de gemeenschap.',
        { h: 'Ons doel' },
        'HEROES heeft als doel de slimme regionale veerkracht van mensen, bedrijven en natuur te versterken door de talenten van betrokken Europeanen om te zetten in superkrachten. Om dat doel te bereiken, richt HEROES zich op:',
        {
          list: [
            'hoogwaardig beroepsgericht onderwijs,',
            'praktijkgericht wetenschappelijk onderzoek met impact,',
            'en samenwerking tussen gelijkgestemde partners.',
          ],
        },
      ],
    },
    approach: {
      slug: 'aanpak',
      title: 'Onze aanpak',
      intro:
        'De drie vlaggenschepen vormen de belangrijkste pijlers van de interuniversitaire HEROES-campus.',
      body: [
        'De vlaggenschepen worden verstevigd door en rusten op een solide basis van gezamenlijke structuren en initiatieven die ze voeden, versterken en ondersteunen.',
        'Deze structuren en initiatieven zorgen voor solide bestuur en een transnationaal ecosysteem met meerdere belanghebbenden, ondersteunen en stroomlijnen de mobiliteit en brengen een groene, inclusieve en op veerkracht gerichte gemeenschap tot stand, naast een virtuele campus.',
        'Zij vormen de onmisbare hoekstenen van een groene en inclusieve interuniversitaire HEROES-campus.',
      ],
    },
    privacy: {
      slug: 'privacyverklaring',
      title: 'Privacyverklaring',
      intro: 'Hoe het HEROES-portaal met uw persoonsgegevens omgaat.',
      body: [
        { h: 'Welke gegevens wij verzamelen' },
        'Deze website gebruikt geen tracking- of advertentiecookies en laadt niets van derden. Er wordt slechts één cookie opgeslagen, die de door u gekozen taal onthoudt.',
        'Wanneer u ons een bericht stuurt via het contactformulier, bewaren wij wat u invult (uw naam, uw e-mailadres, eventueel uw organisatie, het onderwerp, de betrokken instelling en uw bericht), de taal van de pagina en het tijdstip van verzending.',
        { h: 'Waarom en hoe lang' },
        'Wij gebruiken uw bericht uitsluitend om het te beantwoorden. Medewerkers van de alliantie die contactverzoeken behandelen, kunnen het lezen. Berichten worden 365 dagen na ontvangst automatisch gewist, of eerder als u daarom verzoekt.',
        { h: 'Uw rechten' },
        'Op grond van de Algemene verordening gegevensbescherming (AVG, ook bekend als GDPR) kunt u om inzage in, rectificatie of wissing van uw gegevens verzoeken, en kunt u een klacht indienen bij de toezichthoudende autoriteit voor gegevensbescherming in uw land. Gebruik het contactformulier om een verzoek in te dienen.',
      ],
    },
    'accessibility-statement': {
      slug: 'toegankelijkheidsverklaring',
      title: 'Toegankelijkheidsverklaring',
      intro:
        'De HEROES-alliantie streeft ernaar deze website toegankelijk te maken, overeenkomstig Richtlijn (EU) 2016/2102.',
      body: [
        { h: 'Nalevingsstatus' },
        'Deze website is erop gericht te voldoen aan de Richtlijnen voor Toegankelijkheid van Webcontent (WCAG) 2.1 op niveau AA, het niveau dat de Europese norm EN 301 549 vereist.',
        { h: 'Opstelling van deze toegankelijkheidsverklaring' },
        'Vóór elke nieuwe versie van de website wordt elk paginatype in verschillende talen automatisch getest met de toegankelijkheidsengine axe-core en met het toetsenbord doorlopen.',
        { h: 'Feedback en contactgegevens' },
        'Ondervindt u op deze website een toegankelijkheidsprobleem? Meld het ons dan via het contactformulier. Wij streven ernaar binnen twee weken te antwoorden.',
        { h: 'Handhavingsprocedure' },
        'Bent u niet tevreden met ons antwoord, dan kunt u contact opnemen met de instantie die in uw land verantwoordelijk is voor de handhaving van de webtoegankelijkheid.',
      ],
    },
    'legal-notice': {
      slug: 'juridische-mededeling',
      title: 'Juridische mededeling',
      intro: 'Uitgever en gebruiksvoorwaarden van het HEROES-portaal.',
      body: [
        { h: 'Financiering' },
        'HEROES wordt medegefinancierd door de Europese Unie in het kader van het Erasmus+-programma. De hier geuite standpunten en meningen zijn echter uitsluitend die van de auteur(s) en komen niet noodzakelijkerwijs overeen met die van de Europese Unie of het Europees Uitvoerend Agentschap onderwijs en cultuur (EACEA). Noch de Europese Unie noch het EACEA kan ervoor verantwoordelijk worden gehouden.',
        { h: 'Links' },
        'Deze website bevat links naar de websites van de lidinstellingen en partners. Voor de inhoud daarvan zijn de respectieve uitgevers verantwoordelijk.',
      ],
    },
  },

  home: {
    hero: {
      title: 'Hoger onderwijs voor veerkrachtige en slagkrachtige samenlevingen',
      missionLine:
        'Wij zijn HEROES, een transnationale alliantie van instellingen voor professioneel hoger onderwijs die de talenten van een nieuwe generatie EU-burgers willen omzetten in superkrachten die de slimme regionale veerkracht van mensen, bedrijven en natuur vergroten.',
    },
    purpose: {
      paragraphs: [
        'In onze snel veranderende wereld blijft één waarheid overeind: de enige constante is verandering. Om deze dynamische werkelijkheid het hoofd te bieden, hebben we helden nodig die zorgen voor veerkracht in alle regio’s van de EU en voor sterke lokale ecosystemen.',
        'De HEROES-alliantie bevordert slimme regionale veerkracht, dat wil zeggen het vermogen van regio’s om te anticiperen op verstoringen, zich eraan aan te passen en ervan te herstellen, door strategisch gebruik te maken van slimme technologieën, innovatieve oplossingen en de betrokkenheid van de gemeenschap.',
        'Met digitale innovaties die de mens centraal stellen, de natuur ten goede komen en de veerkracht versterken, wil HEROES complexe problemen oplossen, bijvoorbeeld door telezorg in de gezondheidszorg in te voeren, extended reality in te zetten om lokale bedrijven te versterken of artificiële intelligentie te gebruiken voor efficiënt watergebruik.',
        'HEROES heeft als doel de slimme regionale veerkracht van mensen, bedrijven en natuur te versterken door de talenten van betrokken Europeanen om te zetten in superkrachten.',
      ],
      focusIntro: 'Om dat doel te bereiken, richt HEROES zich op:',
      focus: [
        'hoogwaardig beroepsgericht onderwijs',
        'praktijkgericht wetenschappelijk onderzoek met impact',
        'samenwerking tussen gelijkgestemde partners',
      ],
      goals: [
        {
          title: 'Institutionele, structurele en strategische samenwerking duurzaam verdiepen',
          body: 'Er bestaat al een vruchtbaar HEROES-partnerschap; nu is het klaar voor de volgende stap.',
        },
        {
          title:
            'De veerkracht van mensen, bedrijven en natuurlijke omgevingen op regionaal en lokaal niveau versterken',
          body: 'Reactievermogen en veerkracht op lokaal niveau zijn cruciaal: de gevolgen van de huidige mondiale uitdagingen worden aan de basis sterk gevoeld, en praktische oplossingen voor lokaal gebruik zijn dringend nodig. De HEROES-partners zijn gevestigd en stevig verankerd in kleine en middelgrote steden en zijn daardoor bij uitstek in staat om innovatieve, op de context afgestemde oplossingen te bedenken die werken, en om die samen met lokale belanghebbenden doeltreffend in de praktijk te brengen.',
        },
      ],
    },
    actions: {
      intro:
        'Onze langetermijnstrategie steunt op drie strategische vlaggenschepen die het kennisvierkant van onderwijs, onderzoek, innovatie en maatschappelijke dienstverlening bestrijken. Deze vlaggenschepen zijn de belangrijkste pijlers van onze interuniversitaire HEROES-campus.',
    },
    approach: {
      intro:
        'De drie vlaggenschepen rusten op een stevig fundament van gezamenlijke structuren en initiatieven: solide bestuur, een transnationaal ecosysteem met meerdere belanghebbenden, gestroomlijnde mobiliteit, een groene, inclusieve en op veerkracht gerichte gemeenschap, en een virtuele campus.',
    },
    superpowers: {
      intro:
        'De HEROES-alliantie is een verbond van negen instellingen voor professioneel hoger onderwijs uit negen EU-lidstaten, die een reeks unieke kenmerken delen die bijdragen aan het realiseren van ons doel. Dat zijn onze superkrachten.',
      items: [
        {
          title: 'Onze band berust op vertrouwen en begrip',
          body: 'We hebben een sterke basis om onze samenwerking naar een hoger niveau te tillen, want we bouwen voort op bestaande, succesvolle bilaterale en multilaterale partnerschappen en samenwerkingsovereenkomsten.',
        },
        {
          title: 'We zijn regionaal verankerd en toegankelijk',
          body: 'Onze geografische spreiding zorgt voor een brede en evenwichtige regionale dekking in Europa, zodat we dicht bij studenten, levenslang lerenden en lokale partners staan en voor hen goed bereikbaar zijn.',
        },
        {
          title: 'We bieden onderwijs dat mensen sterker maakt',
          body: 'We bieden tertiair onderwijs en bij- en nascholing die gericht zijn op de beroepspraktijk en de toegepaste wetenschappen. Onze opleidingen zijn afgestemd op de behoeften van het werkveld en op maatschappelijke uitdagingen.',
        },
        {
          title: 'We zetten in op onderzoek met impact',
          body: 'We verrichten innovatief, praktijkgericht wetenschappelijk onderzoek dat vraaggestuurd is, maatschappelijke uitdagingen aanpakt en een directe impact heeft op de beroepspraktijk en de samenleving.',
        },
        {
          title: 'We zijn katalysatoren van innovatie',
          body: 'We zijn actief binnen lokale en regionale innovatie-ecosystemen en geven die mee vorm, in samenwerking met kleine en middelgrote ondernemingen, de industrie, overheden, het maatschappelijk middenveld, ngo’s en traditionele universiteiten.',
        },
        {
          title: 'We zijn wendbaar en reageren snel',
          body: 'We zijn wendbaar: we kunnen snel en iteratief inspelen op veranderende behoeften, tekorten op de arbeidsmarkt en nieuwe kansen op het gebied van kennis en vaardigheden.',
        },
      ],
    },
    partners: {
      intro:
        'De negen partners van de HEROES-alliantie kunnen met trots rekenen op de steun van een brede en diverse groep geassocieerde partners.',
      otherPartners:
        'Ruim 70 andere partners uit zowel HEROES-landen als andere landen, zoals Servië, Oekraïne, Kenia en Ghana: instellingen voor hoger onderwijs, lokale belanghebbenden die gemeenschaps-, bedrijfs- en industrienetwerken in hun regio vertegenwoordigen, internationale netwerken en koepelorganisaties.',
    },
  },

  site: {
    contact: {
      intro:
        'Studenten, levenslang lerenden, bedrijven, lokale partners en pers: schrijf naar de HEROES-alliantie, dan krijgt u antwoord van de juiste mensen bij onze negen instellingen.',
    },
  },
}
