import type { SeedTranslation } from './types'

export const lt: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary:
        'Flandrijos taikomųjų mokslų universitetas, turintis padalinių visoje Antverpeno provincijoje.',
      description: [
        'Thomas More Hogeschool (angl. Thomas More University of Applied Sciences) – vienas didžiausių taikomųjų mokslų universitetų Flandrijoje (Belgija). Jo studijų programos derina profesines studijas su į praktiką orientuotais moksliniais tyrimais, kurie atliekami kartu su regiono įmonėmis, mokyklomis, priežiūros paslaugų teikėjais ir valdžios institucijomis.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary: 'Nyderlandų taikomųjų mokslų universitetas pietinėje šalies dalyje.',
      description: [
        'Fontys Hogescholen (angl. Fontys University of Applied Sciences) pietų Nyderlanduose siūlo bakalauro, trumpųjų studijų (angl. associate degree) ir magistro programas. Daug dėmesio skiriama taikomiesiems moksliniams tyrimams ir glaudžiam bendradarbiavimui su „Brainport“ regionu bei kitais regiono partneriais.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary: 'Danijos universitetinis koledžas, rengiantis specialistus Šiaurės Jutlandijai.',
      description: [
        'Professionshøjskolen UCN (angl. University College Northern Denmark) Šiaurės Danijoje rengia sveikatos, socialinės gerovės, švietimo, verslo ir technologijų sričių specialistus, o kartu su regiono įmonėmis ir viešosiomis įstaigomis kuria naujas žinias.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'Portugalijos politechnikos institutas Alentejo regione.',
      description: [
        'Instituto Politécnico de Beja (angl. Polytechnic University of Beja) vykdo profesines aukštojo mokslo studijas ir taikomuosius mokslinius tyrimus, glaudžiai susijusius su Alentejo regionu – daugiausia kaimišku kraštu, kuriame žemės ūkis, vanduo ir darnus vystymasis yra pagrindiniai iššūkiai.',
      ],
    },
    thd: {
      slug: 'thd',
      summary: 'Vokietijos technikos taikomųjų mokslų universitetas Žemutinėje Bavarijoje.',
      description: [
        'Technische Hochschule Deggendorf (angl. Deggendorf Institute of Technology) derina inžinerijos, verslo, sveikatos ir skaitmeninių technologijų studijų programas su taikomaisiais moksliniais tyrimais ir technologijų perdavimu Žemutinėje Bavarijoje ir už jos ribų.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary:
        'Švedijos universitetas vakarinėje pakrantėje, garsėjantis inovacijomis grindžiamomis studijomis.',
      description: [
        'Högskolan i Halmstad (angl. Halmstad University) glaudžiai bendradarbiauja su pramone ir visuomene vakarinėje Švedijos pakrantėje; čia vykdomi sveikatos, skaitmeninimo ir inovacijų sričių moksliniai tyrimai ir studijos.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'Suomijos taikomųjų mokslų universitetas Pietų Ostrobotnijoje.',
      description: [
        'Seinäjoen ammattikorkeakoulu (SeAMK, angl. Seinäjoki University of Applied Sciences) vykdo profesines aukštojo mokslo studijas, mokslinių tyrimų, eksperimentinės plėtros ir inovacijų veiklą, kuri stiprina Pietų Ostrobotnijos gyvybingumą.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary: 'Lietuvos aukštoji mokykla, vykdanti profesinio bakalauro studijas.',
      description: [
        'Vilniaus kolegija – viena didžiausių kolegijų Lietuvoje. Sostinės regione ji siūlo į praktiką orientuotas profesinio bakalauro studijų programas.',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Čekijos žemės ūkio, miškininkystės, verslo, sodininkystės ir plėtros universitetas.',
      description: [
        'Mendelova univerzita v Brně (angl. Mendel University in Brno) vykdo studijas ir mokslinius tyrimus žemės ūkio, miškininkystės ir medienos technologijų, verslo ir ekonomikos, sodininkystės ir regionų plėtros srityse; ypač daug dėmesio skiriama tvarumui.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Gilina bendradarbiavimą vykdant bakalauro, magistro ir doktorantūros studijų programas, glaudžiai susietas su praktika.',
      summary:
        'Bendros gretutinių studijų ir magistrantūros programos, suteikiančios studentams praktinių žinių ir gebėjimų, kad jie galėtų įveikti daugialypes krizes, žvelgdami iš vietos ir regiono perspektyvos.',
      body: [
        'Studijų programos suteikia studentams praktinių žinių ir gebėjimų, kurių reikia daugialypėms krizėms įveikti, žvelgiant iš vietos ir regiono perspektyvos.',
        'Bendrose gretutinių studijų ir magistrantūros programose teorinės žinios derinamos su iššūkiais grindžiamais moduliais, ypač tose srityse, kurios padeda stiprinti pažangų žmonių, verslo ir gamtos atsparumą regionuose.',
        'Svarbiausi – gebėjimai ir kompetencijos taikyti skaitmeninių technologijų sprendimus taip, kad jie būtų orientuoti į žmogų, palankūs gamtai ir didintų atsparumą. Taip vietos ekosistemoms suteikiame gebėjimą atlaikyti sutrikdymus.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Apima visas iššūkiais grindžiamas aljanso HEROES iniciatyvas.',
      summary:
        'Studentų, dėstytojų, mokslininkų, vietos verslo ir bendruomenių komandos kartu sprendžia realius vietos iššūkius, remiamos į praktiką orientuoto mokslinių tyrimų centro.',
      body: [
        'Kartu parengtose iššūkiais grindžiamo mokymosi programose žinias ir inovacijas kuriančios komandos, sudarytos iš studentų, dėstytojų, mokslininkų ir vietos verslo bei bendruomenių atstovų, drauge sprendžia realius vietos iššūkius.',
        'Papildydamas šias programas, aljansas kuria į praktiką orientuotą mokslinių tyrimų centrą, kuris suburia įvairių sričių ekspertus bendroms tarpdalykinėms temoms nagrinėti. Jie įvairiais deriniais sujungia savo kompetencijas ir įgyvendina bendras, iššūkiais grindžiamas mokslinių tyrimų darbotvarkes.',
        'Visos iššūkiais grindžiamos aljanso iniciatyvos didina aplinkinių regionų vietos bendruomenių, įmonių ir gamtinės aplinkos atsparumą, pasitelkiant inovatyvius praktinius sprendimus, konkretiems poreikiams pritaikytus, į praktiką orientuotus mokslinius tyrimus ir specialiai pritaikytą žinių bei technologijų perdavimą.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Dirbantiems specialistams siūlo lanksčias mokymosi galimybes ir alternatyvius mokymosi kelius, padedančius tobulinti skaitmeninius įgūdžius ir didinti įsidarbinimo galimybes.',
      summary:
        'Lankstūs kursai ir mokymai specialistams ir darbuotojams, skirti dvejopai žaliajai ir skaitmeninei pertvarkai; baigusiesiems suteikiami skaitmeniniais ženkliukais patvirtinti mikrokredencialai.',
      body: [
        'Kartu sukurti lankstūs kursai ir mokymai tiek specialistams, tiek HEROES institucijų darbuotojams padeda kelti kvalifikaciją, persikvalifikuoti ir didinti įsidarbinimo galimybes.',
        'Pasiūloje daugiausia dėmesio skiriama dvejopai žaliajai ir skaitmeninei pertvarkai reikalingiems įgūdžiams bei universaliesiems gebėjimams, o jų įgijimas patvirtinamas skaitmeniniais ženkliukais pažymėtais mikrokredencialais.',
        'Internetiniai kursai ir „MOOC už kreditus“ (kreditais įskaitomi masiniai atvirieji internetiniai kursai) atsižvelgs į dirbtinio intelekto naudojimą, numatys įgūdžių automatizavimą ir atlieps nustatytus įgūdžių poreikius, susijusius su žmonių, verslo ir gamtos atsparumu.',
      ],
    },
  },

  partners: {
    'artois-university': { description: 'Asocijuotoji aukštoji mokykla iš Prancūzijos.' },
    'ismail-qemali-university-vlora': {
      description: 'Asocijuotoji aukštoji mokykla iš Albanijos.',
    },
    'universum-international-college': { description: 'Asocijuotoji aukštoji mokykla iš Kosovo.' },
    'ukrainian-catholic-university': { description: 'Asocijuotoji aukštoji mokykla iš Ukrainos.' },
    'hellenic-mediterranean-university': {
      description: 'Asocijuotoji aukštoji mokykla iš Graikijos.',
    },
    'erasmus-student-network': { description: 'Tarptautinio patariamojo tinklo narys.' },
    eurashe: { description: 'Tarptautinio patariamojo tinklo narys.' },
    uas4europe: { description: 'Tarptautinio patariamojo tinklo narys.' },
    'lifelong-learning-platform': { description: 'Tarptautinio patariamojo tinklo narys.' },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-atrinktas-europos-universitetu-tinklu',
      title: 'HEROES atrinktas Europos universitetų tinklu',
      summary:
        'HEROES atrinktas oficialiu Europos universitetų tinklu pagal Europos Komisijos programą „Erasmus+“.',
      body: [
        'Su didžiuliu džiaugsmu pranešame, kad HEROES atrinktas oficialiu Europos universitetų tinklu pagal Europos Komisijos programą „Erasmus+“.',
        'Visi devyni HEROES nariai nekantriai laukia galimybės gilinti bendradarbiavimą profesinių studijų (ir mokymosi visą gyvenimą) bei į praktiką orientuotų mokslinių tyrimų srityse.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'misija',
      title: 'Mūsų misija',
      intro:
        'Esame HEROES – tarpvalstybinis profesinio aukštojo mokslo institucijų aljansas, pasiryžęs naujos kartos ES piliečių talentus paversti supergaliomis, kurios stiprina pažangų žmonių, verslo ir gamtos atsparumą regionuose.',
      body: [
        'Sparčiai besikeičiančiame pasaulyje išryškėja viena nekintama tiesa: vienintelis pastovus dalykas yra pati kaita. Kad galėtume atremti šios dinamiškos tikrovės iššūkius, mums reikia herojų, kurie užtikrintų visų ES regionų atsparumą ir stiprias vietos ekosistemas.',
        'Aljansas HEROES stiprina pažangų regionų atsparumą, t. y. regionų gebėjimą numatyti sutrikdymus, prie jų prisitaikyti ir po jų atsigauti, strategiškai pasitelkiant išmaniąsias technologijas, inovatyvius sprendimus ir bendruomenių įsitraukimą.',
        { h: 'Mūsų tikslas' },
        'HEROES tikslas – stiprinti pažangų žmonių, verslo ir gamtos atsparumą regionuose, įsipareigojusių europiečių talentus paverčiant supergaliomis. Šiam tikslui pasiekti HEROES daugiausia dėmesio skiria:',
        {
          list: [
            'kokybiškam profesiniam aukštajam mokslui,',
            'poveikį kuriantiems, į praktiką orientuotiems moksliniams tyrimams',
            'ir bendraminčių partnerių bendradarbiavimui.',
          ],
        },
      ],
    },
    approach: {
      slug: 'poziuris',
      title: 'Mūsų požiūris',
      intro:
        'Trys pavyzdinės iniciatyvos – pagrindiniai tarpuniversitetinio kampuso HEROES ramsčiai.',
      body: [
        'Pavyzdinės iniciatyvos sutvirtintos ir pastatytos ant tvirto bendrų struktūrų ir iniciatyvų pamato, kuris jas maitina, stiprina ir palaiko.',
        'Šios struktūros ir iniciatyvos skatina tvirtą valdyseną ir tarpvalstybinės daugelio suinteresuotųjų subjektų ekosistemos kūrimą, remia ir supaprastina judumą, padeda kurti žalią, įtraukią ir į atsparumą orientuotą bendruomenę, taip pat virtualų kampusą.',
        'Tai būtini kertiniai akmenys kuriant žalią ir įtraukų tarpuniversitetinį kampusą HEROES.',
      ],
    },
    privacy: {
      slug: 'privatumo-politika',
      title: 'Privatumo politika',
      intro: 'Kaip HEROES portale tvarkomi jūsų asmens duomenys.',
      body: [
        { h: 'Kokius duomenis renkame' },
        'Ši svetainė nenaudoja stebėjimo ar reklaminių slapukų ir neįkelia jokio turinio iš trečiųjų šalių. Joje saugomas tik vienas slapukas, kuriame įsimenama jūsų pasirinkta kalba.',
        'Kai rašote mums per kontaktinę formą, saugome jūsų įvestus duomenis (vardą ir pavardę, el. pašto adresą, organizaciją, jei ją nurodėte, temą, susijusią instituciją ir jūsų žinutę), puslapio kalbą ir išsiuntimo laiką.',
        { h: 'Kodėl ir kiek laiko saugome duomenis' },
        'Jūsų žinutę naudojame tik tam, kad į ją atsakytume. Ją gali perskaityti už užklausų nagrinėjimą atsakingi aljanso darbuotojai. Žinutės automatiškai ištrinamos praėjus 365 dienoms nuo jų gavimo arba anksčiau, jei to paprašote.',
        { h: 'Jūsų teisės' },
        'Pagal Bendrąjį duomenų apsaugos reglamentą (BDAR) kaip duomenų subjektas galite prašyti leisti susipažinti su savo duomenimis, juos ištaisyti arba ištrinti, taip pat turite teisę pateikti skundą savo šalies duomenų apsaugos priežiūros institucijai. Norėdami pateikti prašymą, naudokitės kontaktine forma.',
      ],
    },
    'accessibility-statement': {
      slug: 'prieinamumas',
      title: 'Pareiškimas dėl prieinamumo',
      intro:
        'Aljansas HEROES įsipareigoja užtikrinti šios interneto svetainės prieinamumą pagal Europos Parlamento ir Tarybos direktyvą (ES) 2016/2102.',
      body: [
        { h: 'Atitikties būklė' },
        'Šia interneto svetaine siekiama atitikti Žiniatinklio turinio prieinamumo gairių (WCAG) 2.1 AA lygio reikalavimus – tokio lygio reikalaujama pagal Europos standartą EN 301 549.',
        { h: 'Šio pareiškimo dėl prieinamumo parengimas' },
        'Prieš paskelbiant kiekvieną naują versiją, visų tipų puslapiai keliomis kalbomis automatiškai patikrinami prieinamumo tikrinimo priemone „axe-core“, be to, jais naršoma vien klaviatūra.',
        { h: 'Atsiliepimai ir kontaktinė informacija' },
        'Jei šioje svetainėje susidūrėte su prieinamumo kliūtimi, praneškite mums per kontaktinę formą. Stengiamės atsakyti per dvi savaites.',
        { h: 'Vykdymo užtikrinimo procedūra' },
        'Jei mūsų atsakymas jūsų netenkina, galite kreiptis į savo šalies instituciją, atsakingą už interneto svetainių prieinamumo reikalavimų vykdymo užtikrinimą.',
      ],
    },
    'legal-notice': {
      slug: 'teisine-informacija',
      title: 'Teisinė informacija',
      intro: 'HEROES portalo leidėjas ir naudojimosi sąlygos.',
      body: [
        { h: 'Finansavimas' },
        'HEROES bendrai finansuoja Europos Sąjunga pagal programą „Erasmus+“. Tačiau išsakytos nuomonės ir požiūriai yra tik autoriaus (-ių) ir nebūtinai atspindi Europos Sąjungos ar Europos švietimo ir kultūros vykdomosios įstaigos (EACEA) nuomonę. Nei Europos Sąjunga, nei EACEA negali būti laikomos už juos atsakingomis.',
        { h: 'Nuorodos' },
        'Šioje svetainėje pateikiamos nuorodos į narių institucijų ir partnerių interneto svetaines. Už jų turinį atsako jų leidėjai.',
      ],
    },
  },

  home: {
    hero: {
      title: 'Aukštasis mokslas į atsparumą orientuotoms ir įgalintoms visuomenėms',
      missionLine:
        'Esame HEROES – tarpvalstybinis profesinio aukštojo mokslo institucijų aljansas, pasiryžęs naujos kartos ES piliečių talentus paversti supergaliomis, kurios stiprina pažangų žmonių, verslo ir gamtos atsparumą regionuose.',
    },
    purpose: {
      paragraphs: [
        'Sparčiai besikeičiančiame pasaulyje išryškėja viena nekintama tiesa: vienintelis pastovus dalykas yra pati kaita. Kad galėtume atremti šios dinamiškos tikrovės iššūkius, mums reikia herojų, kurie užtikrintų visų ES regionų atsparumą ir stiprias vietos ekosistemas.',
        'Aljansas HEROES stiprina pažangų regionų atsparumą, t. y. regionų gebėjimą numatyti sutrikdymus, prie jų prisitaikyti ir po jų atsigauti, strategiškai pasitelkiant išmaniąsias technologijas, inovatyvius sprendimus ir bendruomenių įsitraukimą.',
        'Pasitelkdamas į žmogų orientuotas, gamtai palankias ir atsparumą didinančias skaitmenines inovacijas, HEROES siekia spręsti sudėtingas problemas, pvz., diegti nuotolinę sveikatos priežiūrą, pasitelkti išplėstinę realybę vietos verslui stiprinti ar naudoti dirbtinį intelektą efektyviam vandens naudojimui užtikrinti.',
        'HEROES tikslas – stiprinti pažangų žmonių, verslo ir gamtos atsparumą regionuose, įsipareigojusių europiečių talentus paverčiant supergaliomis.',
      ],
      focusIntro: 'Šiam tikslui pasiekti HEROES daugiausia dėmesio skiria:',
      focus: [
        'kokybiškam profesiniam aukštajam mokslui',
        'poveikį kuriantiems, į praktiką orientuotiems moksliniams tyrimams',
        'bendraminčių partnerių bendradarbiavimui',
      ],
      goals: [
        {
          title: 'Tvariai gilinti institucinį, struktūrinį ir strateginį bendradarbiavimą',
          body: 'Vaisinga HEROES partnerystė jau veikia – dabar ji pasirengusi pakilti į kitą lygmenį.',
        },
        {
          title:
            'Stiprinti žmonių, verslo ir gamtinės aplinkos atsparumą regionų ir vietos lygmeniu',
          body: 'Gebėjimas reaguoti ir atsparumas vietos lygmeniu yra itin svarbūs: šiandienos pasaulinių iššūkių padariniai stipriai juntami pačiose bendruomenėse, todėl skubiai reikia praktinių, vietoje pritaikomų sprendimų. HEROES partneriai yra įsikūrę ir tvirtai įleidę šaknis mažuose ir vidutiniuose miestuose, todėl turi idealias sąlygas tiek kurti veiksmingus, vietos aplinkybėms pritaikytus inovatyvius sprendimus, tiek efektyviai juos įgyvendinti kartu su vietos suinteresuotaisiais subjektais.',
        },
      ],
    },
    actions: {
      intro:
        'Mūsų ilgalaikė strategija grindžiama trimis strateginėmis pavyzdinėmis iniciatyvomis, apimančiomis visą žinių kvadratą – švietimą, mokslinius tyrimus, inovacijas ir paslaugas visuomenei. Šios pavyzdinės iniciatyvos yra pagrindiniai mūsų tarpuniversitetinio kampuso HEROES ramsčiai.',
    },
    approach: {
      intro:
        'Trys pavyzdinės iniciatyvos remiasi tvirtu bendrų struktūrų ir iniciatyvų pamatu: tvirta valdysena, tarpvalstybine daugelio suinteresuotųjų subjektų ekosistema, sklandžiu judumu, žalia, įtraukia ir į atsparumą orientuota bendruomene bei virtualiu kampusu.',
    },
    superpowers: {
      intro:
        'Aljansas HEROES – tai devynių profesinio aukštojo mokslo institucijų iš devynių ES valstybių narių sąjunga, kurią vienija bendri unikalūs bruožai, padedantys sėkmingai siekti mūsų tikslo. Tai – mūsų supergalios.',
      items: [
        {
          title: 'Mūsų ryšys grindžiamas pasitikėjimu ir tarpusavio supratimu',
          body: 'Turime tvirtą pagrindą aukštesnio lygio bendradarbiavimui, nes remiamės esamomis sėkmingomis dvišalėmis ir daugiašalėmis partnerystėmis bei bendradarbiavimo susitarimais ir juos plėtojame toliau.',
        },
        {
          title: 'Esame įsitvirtinę regionuose ir lengvai pasiekiami',
          body: 'Mūsų geografinė aprėptis plati ir tolygiai apima Europos regionus, todėl esame arti studentų, besimokančiųjų visą gyvenimą ir vietos partnerių ir jiems lengvai pasiekiami.',
        },
        {
          title: 'Teikiame įgalinantį išsilavinimą',
          body: 'Siūlome profesinio ir taikomųjų mokslų pobūdžio aukštojo mokslo studijas ir tęstinį mokymąsi. Mūsų programos pritaikytos profesiniams poreikiams ir visuomenės iššūkiams.',
        },
        {
          title: 'Daugiausia dėmesio skiriame poveikį kuriantiems moksliniams tyrimams',
          body: 'Vykdome inovatyvius, į praktiką orientuotus mokslinius tyrimus, kurie atliepia realius poreikius, padeda spręsti visuomenės iššūkius ir daro tiesioginį poveikį profesinei praktikai bei visuomenei.',
        },
        {
          title: 'Esame inovacijų katalizatoriai',
          body: 'Veikiame vietos ir regionų inovacijų ekosistemose ir aktyviai jas formuojame, bendradarbiaudami su MVĮ, pramone, valdžios institucijomis, pilietine visuomene, NVO ir tradiciniais universitetais.',
        },
        {
          title: 'Esame lankstūs ir greitai reaguojame',
          body: 'Esame lankstūs, t. y. galime greitai ir iteratyviai reaguoti į kintančius poreikius, darbuotojų trūkumą darbo rinkoje ir kintančias žinių bei įgūdžių galimybes.',
        },
      ],
    },
    partners: {
      intro:
        'Didžiuojamės, kad devynis aljanso HEROES partnerius remia platus ir įvairus asocijuotųjų partnerių ratas.',
      otherPartners:
        'Daugiau kaip 70 kitų partnerių tiek iš HEROES šalių, tiek iš kitų valstybių, pvz., Serbijos, Ukrainos, Kenijos ir Ganos: aukštosios mokyklos, vietos suinteresuotieji subjektai, atstovaujantys savo regionų bendruomenėms, verslo ir pramonės tinklams, taip pat tarptautiniai tinklai ir skėtinės organizacijos.',
    },
  },

  site: {
    contact: {
      intro:
        'Studentai, besimokantieji visą gyvenimą, įmonės, vietos partneriai ir žiniasklaida: parašykite aljansui HEROES, ir jums atsakys tinkami mūsų devynių institucijų darbuotojai.',
    },
  },
}
