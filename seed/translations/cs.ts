import type { SeedTranslation } from './types'

export const cs: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary: 'Vlámská vysoká škola aplikovaných věd s kampusy po celé provincii Antverpy.',
      description: [
        'Thomas More Hogeschool patří k největším vysokým školám aplikovaných věd ve Flandrech v Belgii. Její studijní programy propojují profesně zaměřené vzdělávání s výzkumem orientovaným na praxi, na kterém škola spolupracuje s regionálními podniky, školami, poskytovateli zdravotní a sociální péče a veřejnou správou.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary: 'Nizozemská vysoká škola aplikovaných věd působící na jihu země.',
      description: [
        'Fontys Hogescholen nabízí na jihu Nizozemska bakalářské a magisterské programy i programy typu associate degree (krátký cyklus vysokoškolského studia). Klade velký důraz na aplikovaný výzkum a úzce spolupracuje s regionem Brainport a dalšími regionálními partnery.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary:
        'Dánská profesně zaměřená vysoká škola, která připravuje odborníky pro severní Jutsko.',
      description: [
        'Professionshøjskolen UCN (University College Northern Denmark) připravuje odborníky pro zdravotnictví, sociální oblast, školství, podnikání a techniku v severním Dánsku a rozvíjí nové poznatky společně s podniky a veřejnými institucemi regionu.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'Portugalská polytechnická vysoká škola v regionu Alentejo.',
      description: [
        'Instituto Politécnico de Beja (Polytechnic University of Beja) nabízí profesně zaměřené vysokoškolské vzdělávání a aplikovaný výzkum pevně spjaté s regionem Alentejo – převážně venkovskou oblastí, kde patří zemědělství, voda a udržitelný rozvoj k hlavním výzvám.',
      ],
    },
    thd: {
      slug: 'thd',
      summary: 'Německá technická vysoká škola aplikovaných věd v Dolním Bavorsku.',
      description: [
        'Technische Hochschule Deggendorf (Deggendorf Institute of Technology) propojuje studijní programy z oblasti techniky, ekonomiky, zdravotnictví a digitálních technologií s aplikovaným výzkumem a transferem technologií v Dolním Bavorsku i mimo ně.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary: 'Švédská vysoká škola na západním pobřeží, známá vzděláváním zaměřeným na inovace.',
      description: [
        'Högskolan i Halmstad (Halmstad University) úzce spolupracuje s průmyslem a společností na západním pobřeží Švédska. Ve výzkumu i výuce se věnuje zdraví, digitalizaci a inovacím.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'Finská vysoká škola aplikovaných věd v regionu Jižní Pohjanmaa.',
      description: [
        'Seinäjoen ammattikorkeakoulu (SeAMK, Seinäjoki University of Applied Sciences) poskytuje profesně zaměřené vysokoškolské vzdělávání a rozvíjí výzkumné, vývojové a inovační činnosti, které podporují životaschopnost regionu Jižní Pohjanmaa.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary: 'Litevská vysoká škola nabízející profesně zaměřené bakalářské studium.',
      description: [
        'Vilniaus kolegija patří k největším vysokým školám svého typu v Litvě. V regionu hlavního města nabízí prakticky orientované profesní bakalářské programy.',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Česká univerzita zaměřená na zemědělství, lesnictví, ekonomiku a podnikání, zahradnictví a rozvoj.',
      description: [
        'Mendelova univerzita v Brně se ve výuce i výzkumu věnuje zemědělství, lesnictví a dřevařství, ekonomice a podnikání, zahradnictví a regionálnímu rozvoji, přičemž klade velký důraz na udržitelnost.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Prohlubuje spolupráci na studijních programech bakalářského, magisterského a doktorského stupně, které jsou úzce propojené s praxí.',
      summary:
        'Společné vedlejší specializace (minory) a magisterské programy, které studentům dávají praktické znalosti a dovednosti potřebné ke zvládání mnohočetných krizí z místní a regionální perspektivy.',
      body: [
        'Studijní programy vybavují studenty praktickými znalostmi a dovednostmi, díky nimž dokážou čelit mnohočetným krizím z místní a regionální perspektivy.',
        'Společné vedlejší specializace (minory) a magisterské programy propojují teoretické znalosti s moduly založenými na výzvách, a to zejména v oblastech, které přispívají k inteligentní regionální odolnosti lidí, podniků a přírody.',
        'Klíčové jsou dovednosti a kompetence potřebné k tomu, aby se digitální technologická řešení uplatňovala způsobem zaměřeným na člověka, s pozitivním dopadem na přírodu a se zřetelem k posilování odolnosti. Místním ekosystémům tak dáváme schopnost odolávat otřesům.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Zastřešuje všechny iniciativy aliance HEROES založené na výzvách.',
      summary:
        'Týmy studentů, vyučujících, výzkumníků, místních podniků a komunit společně řeší reálné místní výzvy s oporou ve výzkumném centru orientovaném na praxi.',
      body: [
        'V rámci společně navržených programů učení založeného na výzvách pracují na reálných místních výzvách týmy, které vytvářejí nové znalosti a inovace a v nichž se setkávají studenti, vyučující, výzkumníci a zástupci místních podniků a komunit.',
        'Souběžně s tím aliance buduje centrum vědeckého výzkumu orientovaného na praxi, které sdružuje odborníky z různých oborů kolem průřezových témat. Ti své odborné znalosti vzájemně kombinují a společně naplňují výzkumné agendy založené na výzvách.',
        'Všechny iniciativy aliance založené na výzvách posilují odolnost místních komunit, podniků a přírodního prostředí v okolních regionech – prostřednictvím inovativních praktických řešení, vědeckého výzkumu orientovaného na praxi a šitého na míru a transferu znalostí a technologií přizpůsobeného konkrétním potřebám.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Nabízí pracujícím odborníkům flexibilní možnosti učení a alternativní vzdělávací cesty k rozvoji digitálních dovedností a lepšímu uplatnění na trhu práce.',
      summary:
        'Flexibilní kurzy a školení pro odborníky z praxe i zaměstnance, zaměřené na dvojí ekologickou a digitální transformaci a zakončené mikrocertifikáty s digitálními odznaky.',
      body: [
        'Společně vytvořené flexibilní kurzy a školení pro odborníky z praxe i pro zaměstnance institucí HEROES podporují prohlubování kvalifikace, rekvalifikaci a lepší uplatnitelnost na trhu práce.',
        'Nabídka se zaměřuje na dovednosti pro dvojí ekologickou a digitální transformaci a na průřezové dovednosti a vede k získání mikrocertifikátů s digitálními odznaky.',
        'Online kurzy a „MOOC s kredity“ budou reagovat na využívání umělé inteligence: budou předjímat automatizaci dovedností a zohledňovat zjištěné potřeby v oblasti dovedností, pokud jde o odolnost lidí, podniků a přírody.',
      ],
    },
  },

  partners: {
    'artois-university': {
      description: 'Přidružená vysokoškolská instituce z Francie.',
    },
    'ismail-qemali-university-vlora': {
      description: 'Přidružená vysokoškolská instituce z Albánie.',
    },
    'universum-international-college': {
      description: 'Přidružená vysokoškolská instituce z Kosova.',
    },
    'ukrainian-catholic-university': {
      description: 'Přidružená vysokoškolská instituce z Ukrajiny.',
    },
    'hellenic-mediterranean-university': {
      description: 'Přidružená vysokoškolská instituce z Řecka.',
    },
    'erasmus-student-network': {
      description: 'Člen Mezinárodní poradní sítě (International Advisory Network).',
    },
    eurashe: {
      description: 'Člen Mezinárodní poradní sítě (International Advisory Network).',
    },
    uas4europe: {
      description: 'Člen Mezinárodní poradní sítě (International Advisory Network).',
    },
    'lifelong-learning-platform': {
      description: 'Člen Mezinárodní poradní sítě (International Advisory Network).',
    },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-vybrana-jako-aliance-evropskych-univerzit',
      title: 'HEROES byla vybrána jako aliance evropských univerzit',
      summary:
        'HEROES byla v rámci programu Erasmus+ Evropské komise vybrána jako oficiální aliance evropských univerzit.',
      body: [
        'S velkou radostí oznamujeme, že HEROES byla v rámci programu Erasmus+ Evropské komise vybrána jako oficiální aliance evropských univerzit.',
        'Všech devět členů aliance HEROES se těší na prohloubení spolupráce v oblasti profesně zaměřeného (celoživotního) vzdělávání a vědeckého výzkumu orientovaného na praxi.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'poslani',
      title: 'Naše poslání',
      intro:
        'Jsme HEROES – nadnárodní aliance profesně zaměřených vysokých škol, které jsou odhodlány proměňovat talent nové generace občanů EU v superschopnosti posilující inteligentní regionální odolnost lidí, podniků a přírody.',
      body: [
        'V dnešním rychle se měnícím světě se potvrzuje jedna trvalá pravda: jedinou stálicí je změna sama. Abychom této dynamické realitě dokázali čelit, potřebujeme hrdiny, kteří zajistí odolnost všech regionů EU a silné místní ekosystémy.',
        'Aliance HEROES rozvíjí inteligentní regionální odolnost, tj. schopnost regionů předvídat otřesy, přizpůsobit se jim a zotavit se z nich díky strategickému využívání chytrých technologií, inovativních řešení a zapojení komunit.',
        { h: 'Náš cíl' },
        'Cílem HEROES je posilovat inteligentní regionální odolnost lidí, podniků a přírody tím, že talent angažovaných Evropanů promění v superschopnosti. K dosažení tohoto cíle se HEROES zaměřuje na:',
        {
          list: [
            'kvalitní profesně zaměřené vzdělávání,',
            'vědecký výzkum orientovaný na praxi, který má skutečný dopad,',
            'a spolupráci spřízněných partnerů.',
          ],
        },
      ],
    },
    approach: {
      slug: 'nas-pristup',
      title: 'Náš přístup',
      intro: 'Tři stěžejní projekty jsou hlavními pilíři meziuniverzitního kampusu HEROES.',
      body: [
        'Stěžejní projekty stojí na solidním základu společných struktur a aktivit, které je upevňují, živí, posilují a podporují.',
        'Tyto struktury a aktivity napomáhají spolehlivé správě a řízení a rozvoji nadnárodního ekosystému s mnoha zúčastněnými stranami, podporují a zjednodušují mobility a budují zelenou, inkluzivní a na odolnost zaměřenou komunitu a vedle ní i virtuální kampus.',
        'Představují nepostradatelné základní kameny, na nichž lze vybudovat zelený a inkluzivní meziuniverzitní kampus HEROES.',
      ],
    },
    privacy: {
      slug: 'ochrana-osobnich-udaju',
      title: 'Zásady ochrany osobních údajů',
      intro: 'Jak portál HEROES zpracovává vaše osobní údaje.',
      body: [
        { h: 'Jaké údaje shromažďujeme' },
        'Tyto webové stránky nepoužívají sledovací ani reklamní soubory cookie a nenačítají nic od třetích stran. Ukládají jediný soubor cookie, který si pamatuje vámi zvolený jazyk.',
        'Pokud nám napíšete prostřednictvím kontaktního formuláře, uložíme údaje, které zadáte (jméno, e-mailovou adresu, případně organizaci, téma, instituci, které se zpráva týká, a samotnou zprávu), a dále jazyk stránky a čas odeslání.',
        { h: 'Účel zpracování a doba uložení' },
        'Vaši zprávu použijeme pouze k tomu, abychom na ni odpověděli. Číst ji mohou pracovníci aliance, kteří vyřizují dotazy zaslané prostřednictvím kontaktního formuláře. Zprávy se automaticky vymazávají 365 dní po přijetí, na požádání i dříve.',
        { h: 'Vaše práva' },
        'Podle obecného nařízení o ochraně osobních údajů (GDPR) můžete požádat o přístup ke svým osobním údajům, o jejich opravu nebo výmaz a můžete podat stížnost u dozorového úřadu pro ochranu osobních údajů ve své zemi. Žádost můžete podat prostřednictvím kontaktního formuláře.',
      ],
    },
    'accessibility-statement': {
      slug: 'prohlaseni-o-pristupnosti',
      title: 'Prohlášení o přístupnosti',
      intro:
        'Aliance HEROES se zavazuje ke zpřístupnění těchto webových stránek v souladu se směrnicí Evropského parlamentu a Rady (EU) 2016/2102.',
      body: [
        { h: 'Stav souladu' },
        'Usilujeme o to, aby tyto webové stránky byly v souladu s Pravidly pro přístupnost webového obsahu (WCAG) 2.1 na úrovni AA, kterou vyžaduje evropská norma EN 301 549.',
        { h: 'Vypracování tohoto prohlášení o přístupnosti' },
        'Před vydáním každé nové verze se každý typ stránky automaticky testuje v několika jazycích pomocí nástroje pro testování přístupnosti axe-core a ověřuje se také jeho ovládání z klávesnice.',
        { h: 'Zpětná vazba a kontaktní údaje' },
        'Pokud na těchto webových stránkách narazíte na bariéru, dejte nám prosím vědět prostřednictvím kontaktního formuláře. Snažíme se odpovídat do dvou týdnů.',
        { h: 'Postup vymáhání' },
        'Pokud s naší odpovědí nebudete spokojeni, můžete se obrátit na subjekt pověřený vymáháním přístupnosti webových stránek ve své zemi.',
      ],
    },
    'legal-notice': {
      slug: 'pravni-informace',
      title: 'Právní informace',
      intro: 'Vydavatel portálu HEROES a podmínky jeho užívání.',
      body: [
        { h: 'Financování' },
        'Aliance HEROES je spolufinancována Evropskou unií z programu Erasmus+. Vyjádřené názory a postoje jsou však výhradně názory autora či autorů a nemusí nutně odrážet stanoviska Evropské unie nebo Evropské výkonné agentury pro vzdělávání a kulturu (EACEA). Evropská unie ani EACEA za ně nenesou odpovědnost.',
        { h: 'Odkazy' },
        'Tyto webové stránky odkazují na webové stránky členských institucí a partnerů. Za jejich obsah odpovídají jejich vydavatelé.',
      ],
    },
  },

  home: {
    hero: {
      title: 'Vysokoškolské vzdělávání pro odolné a akceschopné společnosti',
      missionLine:
        'Jsme HEROES – nadnárodní aliance profesně zaměřených vysokých škol, které jsou odhodlány proměňovat talent nové generace občanů EU v superschopnosti posilující inteligentní regionální odolnost lidí, podniků a přírody.',
    },
    purpose: {
      paragraphs: [
        'V dnešním rychle se měnícím světě se potvrzuje jedna trvalá pravda: jedinou stálicí je změna sama. Abychom této dynamické realitě dokázali čelit, potřebujeme hrdiny, kteří zajistí odolnost všech regionů EU a silné místní ekosystémy.',
        'Aliance HEROES rozvíjí inteligentní regionální odolnost, tj. schopnost regionů předvídat otřesy, přizpůsobit se jim a zotavit se z nich díky strategickému využívání chytrých technologií, inovativních řešení a zapojení komunit.',
        'Prostřednictvím digitálních inovací zaměřených na člověka, s pozitivním dopadem na přírodu a zvyšujících odolnost chce HEROES řešit složité problémy – například zaváděním telemedicíny ve zdravotnictví, využitím rozšířené reality (XR) k posílení místních podniků nebo nasazením umělé inteligence pro efektivní hospodaření s vodou.',
        'Cílem HEROES je posilovat inteligentní regionální odolnost lidí, podniků a přírody tím, že talent angažovaných Evropanů promění v superschopnosti.',
      ],
      focusIntro: 'K dosažení tohoto cíle se HEROES zaměřuje na:',
      focus: [
        'kvalitní profesně zaměřené vzdělávání',
        'vědecký výzkum orientovaný na praxi, který má skutečný dopad',
        'spolupráci spřízněných partnerů',
      ],
      goals: [
        {
          title: 'Udržitelně prohlubovat institucionální, strukturální a strategickou spolupráci',
          body: 'Plodné partnerství HEROES už existuje – a nyní je připraveno posunout se na vyšší úroveň.',
        },
        {
          title:
            'Posilovat odolnost lidí, podniků a přírodního prostředí na regionální a místní úrovni',
          body: 'Schopnost pohotově reagovat a odolnost na místní úrovni jsou zásadní: dopady dnešních globálních výzev jsou nejvíce znát přímo v místních komunitách a praktická řešení pro místní využití jsou naléhavě zapotřebí. Partneři aliance HEROES sídlí a jsou pevně zakotveni v malých a středně velkých městech, a mají proto ideální předpoklady k tomu, aby přicházeli s funkčními inovativními řešeními přizpůsobenými místním podmínkám a ve spolupráci s místními aktéry je také účinně uváděli do praxe.',
        },
      ],
    },
    actions: {
      intro:
        'Naše dlouhodobá strategie stojí na třech strategických stěžejních projektech, které pokrývají znalostní čtverec: vzdělávání, výzkum, inovace a službu společnosti. Tyto stěžejní projekty jsou hlavními pilíři našeho meziuniverzitního kampusu HEROES.',
    },
    approach: {
      intro:
        'Tři stěžejní projekty stojí na pevném základu společných struktur a aktivit: spolehlivé správy a řízení, nadnárodního ekosystému s mnoha zúčastněnými stranami, zjednodušených mobilit, zelené, inkluzivní a na odolnost zaměřené komunity a virtuálního kampusu.',
    },
    superpowers: {
      intro:
        'Aliance HEROES spojuje devět profesně zaměřených vysokých škol z devíti členských států EU, které sdílejí soubor jedinečných vlastností přispívajících k úspěšnému naplnění našeho cíle. To jsou naše superschopnosti.',
      items: [
        {
          title: 'Naše pouto stojí na důvěře a porozumění',
          body: 'Máme pevný základ pro spolupráci na vyšší úrovni, protože navazujeme na stávající úspěšná dvoustranná a mnohostranná partnerství a dohody o spolupráci.',
        },
        {
          title: 'Jsme regionálně zakotvení a dostupní',
          body: 'Díky svému rozmístění široce a vyváženě pokrýváme regiony napříč Evropou, a jsme tak blízko a snadno dostupní studentům, účastníkům celoživotního vzdělávání i místním partnerům.',
        },
        {
          title: 'Poskytujeme vzdělávání, které dodává sílu',
          body: 'Nabízíme terciární a další vzdělávání zaměřené na profesní praxi a aplikované vědy. Naše programy jsou přizpůsobeny potřebám praxe a společenským výzvám.',
        },
        {
          title: 'Zaměřujeme se na výzkum s dopadem',
          body: 'Provádíme inovativní vědecký výzkum orientovaný na praxi, který vychází z poptávky, řeší společenské výzvy a má přímý dopad na profesní praxi i na společnost.',
        },
        {
          title: 'Jsme katalyzátory inovací',
          body: 'Působíme v místních a regionálních inovačních ekosystémech a aktivně je spoluvytváříme – ve spolupráci s malými a středními podniky, průmyslem, veřejnými orgány, občanskou společností, nevládními organizacemi a tradičními univerzitami.',
        },
        {
          title: 'Jsme agilní a pohotově reagujeme',
          body: 'Jsme agilní, a proto dokážeme rychle a iterativně reagovat na vyvíjející se potřeby, nedostatek pracovníků na trhu práce i měnící se příležitosti v oblasti znalostí a dovedností.',
        },
      ],
    },
    partners: {
      intro:
        'Devět partnerů aliance HEROES se může pyšnit podporou široké a rozmanité sítě přidružených partnerů.',
      otherPartners:
        'Více než 70 dalších partnerů ze zemí aliance HEROES i z jiných zemí, například ze Srbska, Ukrajiny, Keni a Ghany: vysokoškolské instituce, místní aktéři zastupující komunitní, podnikatelské a průmyslové sítě ve svých oblastech, mezinárodní sítě a zastřešující organizace.',
    },
  },

  site: {
    contact: {
      intro:
        'Studenti, účastníci celoživotního vzdělávání, podniky, místní partneři i novináři: napište alianci HEROES a odpovědí vám ti správní lidé z našich devíti institucí.',
    },
  },
}
