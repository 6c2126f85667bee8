import type { SeedTranslation } from './types'

export const da: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary: 'En flamsk professionshøjskole med campusser i hele provinsen Antwerpen.',
      description: [
        'Thomas More Hogeschool (Thomas More University of Applied Sciences) er en af de største professionshøjskoler i Flandern i Belgien. Uddannelserne kombinerer professionsrettet undervisning med praksisorienteret forskning, som udføres sammen med regionens virksomheder, skoler, aktører inden for pleje og omsorg og offentlige myndigheder.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary: 'En nederlandsk professionshøjskole i den sydlige del af Nederlandene.',
      description: [
        'Fontys Hogescholen (Fontys University of Applied Sciences) udbyder bachelor-, associate degree- og masteruddannelser i den sydlige del af Nederlandene med et stærkt fokus på anvendt forskning og et tæt samarbejde med Brainport-regionen og andre regionale partnere.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary: 'En dansk professionshøjskole, der uddanner fagfolk til Nordjylland.',
      description: [
        'Professionshøjskolen UCN (University College Northern Denmark) uddanner fagfolk inden for sundhed, velfærd, pædagogik, erhverv og teknologi i Nordjylland og udvikler viden i samarbejde med regionens virksomheder og offentlige institutioner.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'En portugisisk polyteknisk læreanstalt i Alentejo-regionen.',
      description: [
        'Instituto Politécnico de Beja (Polytechnic University of Beja) tilbyder professionsrettede videregående uddannelser og anvendt forskning med rødder i Alentejo, en overvejende landlig region, hvor landbrug, vand og bæredygtig udvikling er centrale udfordringer.',
      ],
    },
    thd: {
      slug: 'thd',
      summary: 'En tysk teknisk professionshøjskole i Niederbayern.',
      description: [
        'Technische Hochschule Deggendorf (Deggendorf Institute of Technology) kombinerer uddannelser inden for ingeniørfag, erhvervsøkonomi, sundhed og det digitale område med anvendt forskning og teknologioverførsel i Niederbayern og uden for regionen.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary: 'Et svensk universitet på vestkysten, kendt for innovationsdrevet uddannelse.',
      description: [
        'Högskolan i Halmstad (Halmstad University) samarbejder tæt med erhvervsliv og samfund på den svenske vestkyst og forsker og underviser inden for sundhed, digitalisering og innovation.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'En finsk professionshøjskole i Sydøsterbotten.',
      description: [
        'Seinäjoen ammattikorkeakoulu (Seinäjoki University of Applied Sciences, SeAMK) tilbyder professionsrettede videregående uddannelser samt forsknings-, udviklings- og innovationsaktiviteter, der styrker livskraften i Sydøsterbotten.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary:
        'En litauisk videregående uddannelsesinstitution, der udbyder professionsbacheloruddannelser.',
      description: [
        'Vilniaus kolegija er en af de største videregående uddannelsesinstitutioner af sin art i Litauen og udbyder praksisorienterede professionsbacheloruddannelser i hovedstadsregionen.',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Et tjekkisk universitet for landbrug, skovbrug, erhvervsøkonomi, havebrug og udvikling.',
      description: [
        'Mendelova univerzita v Brně (Mendel University in Brno) underviser og forsker inden for landbrug, skovbrug og træteknologi, erhverv og økonomi, havebrug og regionaludvikling med et stærkt fokus på bæredygtighed.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Uddyber samarbejdet om uddannelser på bachelor-, master- og ph.d.-niveau med en stærk kobling til praksis.',
      summary:
        'Fælles minor- og masterprogrammer, der klæder de studerende på med praktisk viden og færdigheder til at håndtere flere samtidige kriser ud fra et lokalt og regionalt perspektiv.',
      body: [
        'Uddannelserne klæder de studerende på med praktisk viden og færdigheder til at håndtere flere samtidige kriser ud fra et lokalt og regionalt perspektiv.',
        'Fælles minor- og masterprogrammer forener teoretisk viden med udfordringsbaserede moduler, især på de områder, der bidrager til smart regional modstandskraft hos mennesker, virksomheder og natur.',
        'Det afgørende er færdigheder og kompetencer til at anvende digitale teknologiske løsninger på en måde, der er menneskecentreret og naturpositiv og styrker modstandskraften. Sådan giver vi de lokale økosystemer evnen til at modstå forstyrrelser.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Samler alle HEROES-alliancens udfordringsbaserede initiativer.',
      summary:
        'Hold af studerende, undervisere, forskere, lokale virksomheder og lokalsamfund arbejder sammen om virkelige lokale udfordringer med opbakning fra en praksisorienteret forskningshub.',
      body: [
        'I fælles udviklede udfordringsbaserede læringsforløb samarbejder videns- og innovationsskabende hold om virkelige lokale udfordringer. Holdene består af studerende, undervisere, forskere og repræsentanter for lokale virksomheder og lokalsamfund.',
        'I samspil hermed etablerer alliancen en praksisorienteret videnskabelig forskningshub, der samler eksperter fra forskellige fagområder om tværgående emner. De kombinerer deres ekspertise på tværs for at forfølge fælles, udfordringsbaserede forskningsdagsordener.',
        'Alle alliancens udfordringsbaserede initiativer styrker modstandskraften i lokalsamfund, virksomheder og naturmiljøer i de omkringliggende regioner gennem innovative praktiske løsninger, skræddersyet praksisorienteret videnskabelig forskning og målrettet viden- og teknologioverførsel.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Tilbyder fleksible læringsmuligheder og alternative læringsveje, så erhvervsaktive kan styrke deres digitale kompetencer og deres beskæftigelsesegnethed.',
      summary:
        'Fleksible kurser og efteruddannelsesforløb for fagfolk og medarbejdere, som fokuserer på den dobbelte grønne og digitale omstilling og giver mikroeksamensbeviser med digitale badges.',
      body: [
        'Fælles udviklede, fleksible kurser og efteruddannelsesforløb for både fagfolk og medarbejdere ved HEROES-institutionerne fremmer opkvalificering, omskoling og bedre beskæftigelsesmuligheder.',
        'Udbuddet fokuserer på kompetencer til den dobbelte grønne og digitale omstilling og på tværgående kompetencer og fører til mikroeksamensbeviser med digitale badges.',
        'Onlinekurser og »meritgivende MOOC’er« vil forholde sig til brugen af kunstig intelligens, foregribe automatiseringen af kompetencer og imødekomme de konstaterede kompetencebehov, når det gælder modstandskraft hos mennesker, virksomheder og natur.',
      ],
    },
  },

  partners: {
    'artois-university': {
      description: 'Associeret videregående uddannelsesinstitution fra Frankrig.',
    },
    'ismail-qemali-university-vlora': {
      description: 'Associeret videregående uddannelsesinstitution fra Albanien.',
    },
    'universum-international-college': {
      description: 'Associeret videregående uddannelsesinstitution fra Kosovo.',
    },
    'ukrainian-catholic-university': {
      description: 'Associeret videregående uddannelsesinstitution fra Ukraine.',
    },
    'hellenic-mediterranean-university': {
      description: 'Associeret videregående uddannelsesinstitution fra Grækenland.',
    },
    'erasmus-student-network': {
      description:
        'Medlem af det internationale rådgivende netværk (International Advisory Network).',
    },
    eurashe: {
      description:
        'Medlem af det internationale rådgivende netværk (International Advisory Network).',
    },
    uas4europe: {
      description:
        'Medlem af det internationale rådgivende netværk (International Advisory Network).',
    },
    'lifelong-learning-platform': {
      description:
        'Medlem af det internationale rådgivende netværk (International Advisory Network).',
    },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-udvalgt-som-europauniversitetsalliance',
      title: 'HEROES udvalgt som Europauniversitetsalliance',
      summary:
        'HEROES er blevet udvalgt som officiel Europauniversitetsalliance under Europa-Kommissionens Erasmus+-program.',
      body: [
        'Vi er utroligt glade for at kunne fortælle, at HEROES er blevet udvalgt som officiel Europauniversitetsalliance (European University Alliance) under Europa-Kommissionens Erasmus+-program.',
        'Alle ni HEROES-medlemmer ser frem til at uddybe samarbejdet om professionsrettet uddannelse, herunder livslang læring, og om praksisorienteret videnskabelig forskning.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'mission',
      title: 'Vores mission',
      intro:
        'Vi er HEROES, en tværnational alliance af professionsrettede videregående uddannelsesinstitutioner, som har sat sig for at forvandle talenterne hos en ny generation af EU-borgere til superkræfter, der fremmer smart regional modstandskraft hos mennesker, virksomheder og natur.',
      body: [
        'I en verden i hastig forandring står én varig sandhed tilbage: Det eneste konstante er forandringen selv. For at møde denne dynamiske virkelighed har vi brug for helte, der kan sikre modstandskraft i alle EU’s regioner og stærke lokale økosystemer.',
        'HEROES-alliancen fremmer smart regional modstandskraft, dvs. regionernes evne til at forudse forstyrrelser, tilpasse sig dem og komme sig over dem ved strategisk at udnytte intelligente teknologier, innovative løsninger og engagementet i lokalsamfundet.',
        { h: 'Vores formål' },
        'Formålet med HEROES er at styrke den smarte regionale modstandskraft hos mennesker, virksomheder og natur ved at forvandle engagerede europæeres talenter til superkræfter. For at nå dette formål fokuserer HEROES på:',
        {
          list: [
            'professionsrettet uddannelse af høj kvalitet,',
            'praksisorienteret videnskabelig forskning, der gør en forskel,',
            'og samarbejde mellem ligesindede partnere.',
          ],
        },
      ],
    },
    approach: {
      slug: 'tilgang',
      title: 'Vores tilgang',
      intro: 'De tre flagskibe er de bærende søjler i det interuniversitære HEROES-campus.',
      body: [
        'Flagskibene styrkes af og bygger på et solidt fundament af fælles strukturer og initiativer, der nærer, forstærker og understøtter dem.',
        'Disse strukturer og initiativer fremmer solid styring og et tværnationalt økosystem med mange forskellige aktører, understøtter og forenkler mobiliteten og skaber et grønt og inkluderende fællesskab med fokus på modstandskraft samt et virtuelt campus.',
        'Det er de uundværlige hjørnesten i et grønt og inkluderende interuniversitært HEROES-campus.',
      ],
    },
    privacy: {
      slug: 'privatlivspolitik',
      title: 'Privatlivspolitik',
      intro: 'Sådan behandler HEROES-portalen dine personoplysninger.',
      body: [
        { h: 'Hvilke oplysninger vi indsamler' },
        'Dette websted bruger ikke cookies til sporing eller annoncering og henter intet fra tredjeparter. Det gemmer én cookie, som husker det sprog, du har valgt.',
        'Når du skriver til os via kontaktformularen, gemmer vi det, du indtaster (dit navn, din e-mailadresse, eventuelt din organisation, emnet, den pågældende institution og din besked), samt sidens sprog og tidspunktet for afsendelsen.',
        { h: 'Hvorfor og hvor længe' },
        'Vi bruger kun din besked til at besvare den. De medarbejdere i alliancen, der behandler henvendelser via kontaktformularen, kan læse den. Beskeder slettes automatisk 365 dage efter modtagelsen eller tidligere, hvis du anmoder om det.',
        { h: 'Dine rettigheder' },
        'I henhold til den generelle forordning om databeskyttelse (GDPR) kan du anmode om indsigt i, berigtigelse eller sletning af dine personoplysninger, og du kan indgive klage til tilsynsmyndigheden for databeskyttelse i dit land. Brug kontaktformularen, hvis du vil fremsætte en anmodning.',
      ],
    },
    'accessibility-statement': {
      slug: 'tilgaengelighedserklaering',
      title: 'Tilgængelighedserklæring',
      intro:
        'HEROES-alliancen forpligter sig til at gøre dette websted tilgængeligt i overensstemmelse med direktiv (EU) 2016/2102.',
      body: [
        { h: 'Overensstemmelsesstatus' },
        'Dette websted tilstræber at være i overensstemmelse med retningslinjerne for tilgængeligt webindhold, Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA, som er det niveau, den europæiske standard EN 301 549 kræver.',
        { h: 'Udarbejdelse af denne tilgængelighedserklæring' },
        'Før hver ny version testes hver sidetype automatisk på flere sprog med tilgængelighedsværktøjet axe-core og gennemgås med tastaturnavigation.',
        { h: 'Feedback og kontaktoplysninger' },
        'Hvis du støder på en barriere på dette websted, så giv os besked via kontaktformularen. Vi bestræber os på at svare inden for to uger.',
        { h: 'Håndhævelsesprocedure' },
        'Hvis du ikke er tilfreds med vores svar, kan du kontakte det organ i dit land, der håndhæver reglerne om webtilgængelighed.',
      ],
    },
    'legal-notice': {
      slug: 'juridisk-meddelelse',
      title: 'Juridisk meddelelse',
      intro: 'Udgiver af HEROES-portalen og vilkår for brug af den.',
      body: [
        { h: 'Finansiering' },
        'HEROES er medfinansieret af Den Europæiske Union under Erasmus+-programmet. De synspunkter og holdninger, der kommer til udtryk, er dog udelukkende forfatterens/forfatternes og afspejler ikke nødvendigvis synspunkter og holdninger hos Den Europæiske Union eller Det Europæiske Forvaltningsorgan for Uddannelse og Kultur (EACEA). Hverken Den Europæiske Union eller EACEA kan holdes ansvarlige for dem.',
        { h: 'Links' },
        'Dette websted indeholder links til medlemsinstitutionernes og partnernes websteder. Indholdet på disse websteder er de respektive udgiveres ansvar.',
      ],
    },
  },

  home: {
    hero: {
      title: 'Videregående uddannelse for modstandsdygtige samfund med handlekraft',
      missionLine:
        'Vi er HEROES, en tværnational alliance af professionsrettede videregående uddannelsesinstitutioner, som har sat sig for at forvandle talenterne hos en ny generation af EU-borgere til superkræfter, der fremmer smart regional modstandskraft hos mennesker, virksomheder og natur.',
    },
    purpose: {
      paragraphs: [
        'I en verden i hastig forandring står én varig sandhed tilbage: Det eneste konstante er forandringen selv. For at møde denne dynamiske virkelighed har vi brug for helte, der kan sikre modstandskraft i alle EU’s regioner og stærke lokale økosystemer.',
        'HEROES-alliancen fremmer smart regional modstandskraft, dvs. regionernes evne til at forudse forstyrrelser, tilpasse sig dem og komme sig over dem ved strategisk at udnytte intelligente teknologier, innovative løsninger og engagementet i lokalsamfundet.',
        'Med digitale innovationer, der er menneskecentrerede og naturpositive og styrker modstandskraften, vil HEROES løse komplekse problemer, fx ved at indføre telesundhed i sundhedsvæsenet, bruge extended reality til at styrke lokale virksomheder eller anvende kunstig intelligens til effektiv udnyttelse af vand.',
        'Formålet med HEROES er at styrke den smarte regionale modstandskraft hos mennesker, virksomheder og natur ved at forvandle engagerede europæeres talenter til superkræfter.',
      ],
      focusIntro: 'For at nå dette formål fokuserer HEROES på:',
      focus: [
        'professionsrettet uddannelse af høj kvalitet',
        'praksisorienteret videnskabelig forskning, der gør en forskel',
        'samarbejde mellem ligesindede partnere',
      ],
      goals: [
        {
          title: 'Uddybe det institutionelle, strukturelle og strategiske samarbejde varigt',
          body: 'Der findes allerede et frugtbart HEROES-partnerskab, og nu er det klar til at tage det næste skridt.',
        },
        {
          title:
            'Styrke modstandskraften hos mennesker, erhvervsliv og naturmiljøer på regionalt og lokalt plan',
          body: 'Evnen til at reagere og modstandskraften på lokalt plan er afgørende: Virkningerne af nutidens globale udfordringer mærkes tydeligt på græsrodsniveau, og der er et presserende behov for praktiske løsninger til lokal brug. Partnerne i HEROES ligger i og er solidt forankret i små og mellemstore byer og har derfor de bedste forudsætninger for både at udvikle innovative løsninger, der er tilpasset den lokale kontekst og virker i praksis, og for at føre dem effektivt ud i livet i samarbejde med lokale aktører.',
        },
      ],
    },
    actions: {
      intro:
        'Vores langsigtede strategi bygger på tre strategiske flagskibe, der dækker videnkvadratet: uddannelse, forskning, innovation og bidrag til samfundet. Flagskibene er de bærende søjler i vores interuniversitære HEROES-campus.',
    },
    approach: {
      intro:
        'De tre flagskibe bygger på et solidt fundament af fælles strukturer og initiativer: solid styring, et tværnationalt økosystem med mange forskellige aktører, smidig mobilitet, et grønt og inkluderende fællesskab med fokus på modstandskraft og et virtuelt campus.',
    },
    superpowers: {
      intro:
        'HEROES-alliancen er et bånd mellem ni professionsrettede videregående uddannelsesinstitutioner fra ni EU-medlemsstater, som har en række unikke fællestræk, der bidrager til, at vi når vores formål. Det er vores superkræfter.',
      items: [
        {
          title: 'Vores bånd bygger på tillid og forståelse',
          body: 'Vi har et stærkt grundlag for at løfte samarbejdet til næste niveau, fordi vi bygger videre på eksisterende og velfungerende bilaterale og multilaterale partnerskaber og samarbejdsaftaler.',
        },
        {
          title: 'Vi er regionalt forankrede og tilgængelige',
          body: 'Vores geografiske fodaftryk giver en bred og afbalanceret regional dækning i Europa og sikrer nærhed og let adgang for studerende, efter- og videreuddannelsessøgende og lokale partnere.',
        },
        {
          title: 'Vi tilbyder uddannelse, der giver handlekraft',
          body: 'Vi tilbyder professionsrettede videregående uddannelser og efter- og videreuddannelse med fokus på anvendt videnskab. Vores uddannelser er tilpasset professionernes behov og samfundets udfordringer.',
        },
        {
          title: 'Vi satser på forskning, der gør en forskel',
          body: 'Vi udfører innovativ, praksisorienteret videnskabelig forskning, som er efterspørgselsdrevet, tager fat på samfundsudfordringer og har direkte betydning for professionspraksis og samfund.',
        },
        {
          title: 'Vi er katalysatorer for innovation',
          body: 'Vi indgår i og er med til at forme lokale og regionale innovationsøkosystemer, hvor vi samarbejder med SMV’er, industrien, myndigheder, civilsamfundet, ngo’er og traditionelle universiteter.',
        },
        {
          title: 'Vi er agile og reagerer hurtigt',
          body: 'Vi er agile, og det betyder, at vi kan reagere hurtigt og iterativt på behov i forandring, mangel på arbejdskraft og skiftende muligheder inden for viden og kompetencer.',
        },
      ],
    },
    partners: {
      intro:
        'De ni partnere i HEROES-alliancen er stolte af at have opbakning fra en bred og mangfoldig kreds af associerede partnere.',
      otherPartners:
        'Mere end 70 andre partnere fra både HEROES-landene og andre lande som Serbien, Ukraine, Kenya og Ghana: videregående uddannelsesinstitutioner, lokale aktører, der repræsenterer netværk inden for lokalsamfund, erhverv og industri i deres område, internationale netværk og paraplyorganisationer.',
    },
  },

  site: {
    contact: {
      intro:
        'Studerende, efter- og videreuddannelsessøgende, virksomheder, lokale partnere og presse: Skriv til HEROES-alliancen, så svarer de rette personer på vores ni institutioner.',
    },
  },
}
