import type { SeedTranslation } from './types'

export const sv: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary:
        'En flamländsk yrkesinriktad högskola med campus på flera orter i provinsen Antwerpen.',
      description: [
        'Thomas More Hogeschool är en av de största yrkesinriktade högskolorna i Flandern i Belgien. Utbildningarna förenar yrkesinriktad undervisning med praktiknära forskning som bedrivs tillsammans med företag, skolor, vårdgivare och offentliga aktörer i regionen.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary: 'En nederländsk yrkesinriktad högskola i södra Nederländerna.',
      description: [
        'Fontys Hogescholen erbjuder kandidatprogram, associate degree-program och masterprogram i södra Nederländerna, med starkt fokus på tillämpad forskning och nära samarbete med Brainportregionen och andra regionala partner.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary: 'En dansk professionshögskola som utbildar yrkesverksamma för Nordjylland.',
      description: [
        'Professionshøjskolen UCN (University College Northern Denmark) utbildar yrkesverksamma inom hälsa, välfärd, pedagogik, ekonomi och teknik i norra Danmark och utvecklar kunskap tillsammans med regionens företag och offentliga institutioner.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'Ett portugisiskt polytekniskt institut i regionen Alentejo.',
      description: [
        'Instituto Politécnico de Beja (Polytechnic University of Beja) erbjuder yrkesinriktad högre utbildning och tillämpad forskning med förankring i Alentejo, en till stor del landsbygdspräglad region där jordbruk, vatten och hållbar utveckling är centrala utmaningar.',
      ],
    },
    thd: {
      slug: 'thd',
      summary: 'En tysk teknisk högskola för tillämpad vetenskap i Niederbayern.',
      description: [
        'Technische Hochschule Deggendorf (Deggendorf Institute of Technology) förenar utbildningar inom teknik, ekonomi, hälsa och digitalisering med tillämpad forskning och tekniköverföring i Niederbayern och utanför regionen.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary: 'En högskola på den svenska västkusten, känd för innovationsdriven utbildning.',
      description: [
        'Högskolan i Halmstad (Halmstad University) samarbetar nära med näringsliv och samhälle på den svenska västkusten och bedriver forskning och utbildning inom hälsa, digitalisering och innovation.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'En finländsk yrkeshögskola i Södra Österbotten.',
      description: [
        'Seinäjoen ammattikorkeakoulu (SeAMK, Seinäjoki University of Applied Sciences) erbjuder yrkesinriktad högre utbildning och bedriver forsknings-, utvecklings- och innovationsverksamhet som stärker livskraften i Södra Österbotten.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary: 'Ett litauiskt lärosäte som erbjuder yrkesinriktade kandidatutbildningar.',
      description: [
        'Vilniaus kolegija är ett av de största lärosätena i sitt slag i Litauen och erbjuder praktiknära, yrkesinriktade kandidatprogram i huvudstadsregionen.',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Ett tjeckiskt universitet för jordbruk, skogsbruk, företagsekonomi, trädgårdsodling och utveckling.',
      description: [
        'Mendelova univerzita v Brně (Mendel University in Brno) bedriver utbildning och forskning inom jordbruk, skogsbruk och träteknik, företagsekonomi och nationalekonomi, trädgårdsodling och regional utveckling, med starkt fokus på hållbarhet.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Fördjupar samarbetet kring utbildningsprogram på kandidat-, master- och forskarnivå med stark koppling till yrkespraktiken.',
      summary:
        'Gemensamma minor- och masterprogram som ger studenterna praktiska kunskaper och färdigheter för att hantera flera samtidiga kriser ur ett lokalt och regionalt perspektiv.',
      body: [
        'Utbildningsprogrammen ger studenterna praktiska kunskaper och färdigheter för att hantera flera samtidiga kriser ur ett lokalt och regionalt perspektiv.',
        'Gemensamma minor- och masterprogram förenar teoretisk kunskap med utmaningsbaserade moduler, särskilt inom områden som bidrar till en smart regional resiliens för människor, företag och natur.',
        'Centralt är färdigheter och kompetenser för att använda digitala tekniska lösningar på ett sätt som är människocentrerat, naturpositivt och stärker resiliensen. På så sätt ger vi lokala ekosystem förmågan att stå emot störningar.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Omfattar alla utmaningsbaserade initiativ inom HEROES-alliansen.',
      summary:
        'Team av studenter, lärare, forskare, lokala företag och lokalsamhällen arbetar tillsammans med verkliga lokala utmaningar, med stöd av en praktiknära forskningshubb.',
      body: [
        'I gemensamt utformade program för utmaningsbaserat lärande samarbetar kunskaps- och innovationsskapande team kring verkliga lokala utmaningar. Teamen består av studenter, lärare, forskare och representanter för lokala företag och lokalsamhällen.',
        'I synergi med detta inrättar alliansen en praktiknära vetenskaplig forskningshubb som samlar experter från olika områden kring tvärgående teman. De kombinerar sin expertis för att driva gemensamma, utmaningsbaserade forskningsagendor.',
        'Alla alliansens utmaningsbaserade initiativ stärker resiliensen hos lokalsamhällen, företag och naturmiljöer i de omgivande regionerna genom innovativa praktiska lösningar, skräddarsydd praktiknära vetenskaplig forskning och behovsanpassad kunskaps- och tekniköverföring.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Erbjuder yrkesverksamma flexibla möjligheter till lärande och alternativa utbildningsvägar för digital kompetenshöjning och ökad anställningsbarhet.',
      summary:
        'Flexibla kurser och utbildningar för yrkesverksamma och personal, med fokus på den gröna och den digitala omställningen, som leder till mikromeriter med digitala märken (badges).',
      body: [
        'Gemensamt utvecklade flexibla kurser och utbildningar för både yrkesverksamma och personal vid HEROES-lärosätena främjar kompetenshöjning, omskolning och bättre möjligheter till anställning.',
        'Utbudet fokuserar på färdigheter för den gröna och den digitala omställningen och på övergripande färdigheter, och leder till mikromeriter med digitala märken (badges).',
        'Onlinekurser och ”poänggivande MOOC-kurser” ska svara mot användningen av artificiell intelligens, föregripa automatiseringen av färdigheter och ta hänsyn till de kompetensbehov som har identifierats när det gäller resiliens hos människor, företag och natur.',
      ],
    },
  },

  partners: {
    'artois-university': {
      description: 'Associerat lärosäte i Frankrike.',
    },
    'ismail-qemali-university-vlora': {
      description: 'Associerat lärosäte i Albanien.',
    },
    'universum-international-college': {
      description: 'Associerat lärosäte i Kosovo.',
    },
    'ukrainian-catholic-university': {
      description: 'Associerat lärosäte i Ukraina.',
    },
    'hellenic-mediterranean-university': {
      description: 'Associerat lärosäte i Grekland.',
    },
    'erasmus-student-network': {
      description:
        'Medlem i det internationella rådgivande nätverket (International Advisory Network).',
    },
    eurashe: {
      description:
        'Medlem i det internationella rådgivande nätverket (International Advisory Network).',
    },
    uas4europe: {
      description:
        'Medlem i det internationella rådgivande nätverket (International Advisory Network).',
    },
    'lifelong-learning-platform': {
      description:
        'Medlem i det internationella rådgivande nätverket (International Advisory Network).',
    },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-har-valts-ut-till-europauniversitet',
      title: 'HEROES har valts ut till Europauniversitet',
      summary:
        'HEROES har valts ut som officiellt Europauniversitet, det vill säga en europeisk universitetsallians, inom Europeiska kommissionens program Erasmus+.',
      body: [
        'Vi är mycket glada att kunna meddela att HEROES har valts ut som officiellt Europauniversitet (European University Alliance) inom Europeiska kommissionens program Erasmus+.',
        'Samtliga nio medlemmar i HEROES ser fram emot att fördjupa samarbetet inom yrkesinriktad utbildning (även livslångt lärande) och praktiknära vetenskaplig forskning.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'uppdrag',
      title: 'Vårt uppdrag',
      intro:
        'Vi är HEROES, en transnationell allians av yrkesinriktade lärosäten som arbetar för att förvandla talangerna hos en ny generation EU-medborgare till superkrafter som främjar en smart regional resiliens för människor, företag och natur.',
      body: [
        'I vår snabbt föränderliga värld framträder en bestående sanning: det enda som är beständigt är förändringen i sig. För att möta denna dynamiska verklighet behöver vi hjältar som tryggar resiliensen i alla EU:s regioner, och vi behöver starka lokala ekosystem.',
        'HEROES-alliansen främjar smart regional resiliens, det vill säga regionernas förmåga att förutse störningar, anpassa sig till dem och återhämta sig från dem genom att strategiskt dra nytta av smart teknik, innovativa lösningar och samhällsengagemang.',
        { h: 'Vårt syfte' },
        'Syftet med HEROES är att stärka den smarta regionala resiliensen för människor, företag och natur genom att förvandla engagerade européers talanger till superkrafter. För att uppnå detta syfte fokuserar HEROES på:',
        {
          list: [
            'yrkesinriktad utbildning av hög kvalitet,',
            'praktiknära vetenskaplig forskning som gör skillnad',
            'och samarbete mellan likasinnade partner.',
          ],
        },
      ],
    },
    approach: {
      slug: 'arbetssatt',
      title: 'Vårt arbetssätt',
      intro: 'De tre flaggskeppen är de bärande pelarna i HEROES interuniversitetscampus.',
      body: [
        'Flaggskeppen vilar på och förstärks av en solid grund av gemensamma strukturer och initiativ som ger dem näring, förstärker dem och stöder dem.',
        'Dessa strukturer och initiativ främjar en stabil styrning och ett transnationellt ekosystem med många olika aktörer, stöder och underlättar mobilitet och skapar en grön, inkluderande och resiliensinriktad gemenskap samt ett virtuellt campus.',
        'De är de oumbärliga hörnstenarna för att HEROES interuniversitetscampus ska bli grönt och inkluderande.',
      ],
    },
    privacy: {
      slug: 'integritetspolicy',
      title: 'Integritetspolicy',
      intro: 'Så hanterar HEROES-portalen dina personuppgifter.',
      body: [
        { h: 'Vilka uppgifter vi samlar in' },
        'Webbplatsen använder inga kakor (cookies) för spårning eller reklam och läser inte in något innehåll från tredje part. Den sparar en enda kaka, som kommer ihåg vilket språk du har valt.',
        'När du skriver till oss via kontaktformuläret sparar vi det du fyller i (ditt namn, din e-postadress, din organisation om du anger den, ämne, berört lärosäte och ditt meddelande), sidans språk och tidpunkten då meddelandet skickades.',
        { h: 'Varför och hur länge' },
        'Vi använder ditt meddelande enbart för att besvara det. Det kan läsas av de medarbetare inom alliansen som hanterar kontaktförfrågningar. Meddelanden raderas automatiskt 365 dagar efter att de har tagits emot, eller tidigare om du begär det.',
        { h: 'Dina rättigheter' },
        'Enligt den allmänna dataskyddsförordningen (GDPR) kan du begära tillgång till, rättelse av eller radering av dina personuppgifter, och du har rätt att lämna in klagomål till tillsynsmyndigheten för dataskydd i ditt land. Använd kontaktformuläret för att göra en begäran.',
      ],
    },
    'accessibility-statement': {
      slug: 'tillganglighetsutlatande',
      title: 'Tillgänglighetsutlåtande',
      intro:
        'HEROES-alliansen strävar efter att göra denna webbplats tillgänglig i enlighet med direktiv (EU) 2016/2102.',
      body: [
        { h: 'Överensstämmelsestatus' },
        'Webbplatsen har som mål att uppfylla kraven på nivå AA i Web Content Accessibility Guidelines (WCAG) 2.1, riktlinjerna för tillgängligt webbinnehåll. Det är den nivå som krävs enligt den europeiska standarden EN 301 549.',
        { h: 'Utarbetande av detta tillgänglighetsutlåtande' },
        'Inför varje ny version testas alla sidtyper automatiskt på flera språk med tillgänglighetsmotorn axe-core, och de gås även igenom med enbart tangentbord.',
        { h: 'Återkoppling och kontaktuppgifter' },
        'Om du stöter på ett hinder på webbplatsen vill vi gärna att du meddelar oss via kontaktformuläret. Vi strävar efter att svara inom två veckor.',
        { h: 'Förfarande för efterlevnadskontroll' },
        'Om du inte är nöjd med vårt svar kan du vända dig till den myndighet i ditt land som ansvarar för tillsynen av webbtillgänglighet.',
      ],
    },
    'legal-notice': {
      slug: 'juridisk-information',
      title: 'Juridisk information',
      intro: 'Utgivare och användarvillkor för HEROES-portalen.',
      body: [
        { h: 'Finansiering' },
        'HEROES medfinansieras av Europeiska unionen inom ramen för programmet Erasmus+. De synpunkter och åsikter som uttrycks är dock endast upphovspersonens/upphovspersonernas egna och återspeglar inte nödvändigtvis de synpunkter och åsikter som Europeiska unionen eller Europeiska genomförandeorganet för utbildning och kultur (EACEA) har. Varken Europeiska unionen eller EACEA kan hållas ansvariga för dem.',
        { h: 'Länkar' },
        'Webbplatsen innehåller länkar till medlemslärosätenas och partnernas webbplatser. Respektive utgivare ansvarar för innehållet på dessa webbplatser.',
      ],
    },
  },

  home: {
    hero: {
      title: 'Högre utbildning för motståndskraftiga och handlingskraftiga samhällen',
      missionLine:
        'Vi är HEROES, en transnationell allians av yrkesinriktade lärosäten som arbetar för att förvandla talangerna hos en ny generation EU-medborgare till superkrafter som främjar en smart regional resiliens för människor, företag och natur.',
    },
    purpose: {
      paragraphs: [
        'I vår snabbt föränderliga värld framträder en bestående sanning: det enda som är beständigt är förändringen i sig. För att möta denna dynamiska verklighet behöver vi hjältar som tryggar resiliensen i alla EU:s regioner, och vi behöver starka lokala ekosystem.',
        'HEROES-alliansen främjar smart regional resiliens, det vill säga regionernas förmåga att förutse störningar, anpassa sig till dem och återhämta sig från dem genom att strategiskt dra nytta av smart teknik, innovativa lösningar och samhällsengagemang.',
        'Med hjälp av människocentrerade, naturpositiva och resiliensstärkande digitala innovationer vill HEROES lösa komplexa problem, till exempel genom att införa telehälsa i hälso- och sjukvården, använda utökad verklighet (XR) för att stärka lokala företag eller utnyttja artificiell intelligens för effektiv vattenanvändning.',
        'Syftet med HEROES är att stärka den smarta regionala resiliensen för människor, företag och natur genom att förvandla engagerade européers talanger till superkrafter.',
      ],
      focusIntro: 'För att uppnå detta syfte fokuserar HEROES på:',
      focus: [
        'yrkesinriktad utbildning av hög kvalitet',
        'praktiknära vetenskaplig forskning som gör skillnad',
        'samarbete mellan likasinnade partner',
      ],
      goals: [
        {
          title:
            'Fördjupa det institutionella, strukturella och strategiska samarbetet på ett hållbart sätt',
          body: 'Partnerskapet inom HEROES har redan burit frukt – nu är det redo att ta nästa steg.',
        },
        {
          title:
            'Stärka resiliensen hos människor, företag och naturmiljöer på regional och lokal nivå',
          body: 'Lyhördhet och resiliens på lokal nivå är avgörande: effekterna av dagens globala utmaningar märks tydligt på gräsrotsnivå, och praktiska lösningar för lokalt bruk behövs omgående. Partnerna i HEROES finns i små och medelstora städer och är väl förankrade där. Därför har de ett utmärkt utgångsläge både för att ta fram kontextanpassade innovativa lösningar som fungerar och för att genomföra dem effektivt i samarbete med lokala aktörer.',
        },
      ],
    },
    actions: {
      intro:
        'Vår långsiktiga strategi bygger på tre strategiska flaggskepp som täcker kunskapsfyrkanten: utbildning, forskning, innovation och samhällsnytta. Flaggskeppen är de bärande pelarna i HEROES interuniversitetscampus.',
    },
    approach: {
      intro:
        'De tre flaggskeppen vilar på en solid grund av gemensamma strukturer och initiativ: stabil styrning, ett transnationellt ekosystem med många olika aktörer, smidigare mobilitet, en grön, inkluderande och resiliensinriktad gemenskap samt ett virtuellt campus.',
    },
    superpowers: {
      intro:
        'HEROES-alliansen förenar nio yrkesinriktade lärosäten från nio EU-medlemsstater med en rad gemensamma, unika egenskaper som bidrar till att vi når vårt syfte. Det är våra superkrafter.',
      items: [
        {
          title: 'Vårt band bygger på förtroende och förståelse',
          body: 'Vi har en stark grund för att ta samarbetet till nästa nivå, eftersom vi bygger vidare på befintliga och framgångsrika bilaterala och multilaterala partnerskap och samarbetsavtal.',
        },
        {
          title: 'Vi är regionalt förankrade och tillgängliga',
          body: 'Vår geografiska spridning ger en bred och balanserad regional täckning i Europa, vilket innebär närhet och god tillgänglighet för studenter, deltagare i livslångt lärande och lokala partner.',
        },
        {
          title: 'Vi erbjuder utbildning som ger handlingskraft',
          body: 'Vi erbjuder yrkesinriktad högre utbildning och vidareutbildning med inriktning på tillämpad vetenskap. Våra program är anpassade efter yrkeslivets behov och samhällets utmaningar.',
        },
        {
          title: 'Vi satsar på forskning som gör skillnad',
          body: 'Vi bedriver innovativ, praktiknära vetenskaplig forskning som är efterfrågestyrd, tar sig an samhällsutmaningar och får direkt genomslag i yrkespraktiken och samhället.',
        },
        {
          title: 'Vi är katalysatorer för innovation',
          body: 'Vi verkar inom lokala och regionala innovationsekosystem och är med och formar dem, i samarbete med små och medelstora företag, industrin, myndigheter, civilsamhället, icke-statliga organisationer och traditionella universitet.',
        },
        {
          title: 'Vi är agila och lyhörda',
          body: 'Vi är agila, vilket innebär att vi snabbt och iterativt kan möta förändrade behov, brist på arbetskraft och nya möjligheter när det gäller kunskaper och färdigheter.',
        },
      ],
    },
    partners: {
      intro:
        'De nio partnerna i HEROES-alliansen får stöd av ett brett och mångsidigt nätverk av associerade partner – något vi är stolta över.',
      otherPartners:
        'Mer än 70 andra partner från både HEROES-länderna och andra länder, till exempel Serbien, Ukraina, Kenya och Ghana: lärosäten, lokala aktörer som företräder samhälls-, närings- och industrinätverk i sina regioner, internationella nätverk och paraplyorganisationer.',
    },
  },

  site: {
    contact: {
      intro:
        'Studenter, deltagare i livslångt lärande, företag, lokala partner och press: skriv till HEROES-alliansen, så svarar rätt personer vid våra nio lärosäten.',
    },
  },
}
