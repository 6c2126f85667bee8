import type { SeedTranslation } from './types'

export const fi: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary:
        'Flaamilainen ammattikorkeakoulu, jolla on kampuksia eri puolilla Antwerpenin provinssia.',
      description: [
        'Thomas More Hogeschool (Thomas More University of Applied Sciences) on yksi Belgian Flanderin suurimmista ammattikorkeakouluista. Sen koulutuksessa ammatteihin valmistava opetus yhdistyy käytännönläheiseen tutkimukseen, jota tehdään yhdessä alueen yritysten, koulujen, hoiva-alan toimijoiden ja julkishallinnon kanssa.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary: 'Alankomaiden eteläosassa toimiva ammattikorkeakoulu.',
      description: [
        'Fontys Hogescholen (Fontys University of Applied Sciences) tarjoaa Etelä-Alankomaissa kandidaattiohjelmia, associate degree -ohjelmia ja maisteriohjelmia. Se painottaa soveltavaa tutkimusta ja tekee tiivistä yhteistyötä Brainport-alueen ja muiden alueellisten kumppanien kanssa.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary:
        'Tanskalainen ammattikorkeakoulu, joka kouluttaa ammattilaisia Pohjois-Jyllannin tarpeisiin.',
      description: [
        'Professionshøjskolen UCN (University College Northern Denmark) kouluttaa Pohjois-Tanskassa terveys-, hyvinvointi- ja kasvatusalan sekä liiketalouden ja tekniikan ammattilaisia. Lisäksi se kehittää uutta osaamista yhdessä alueen yritysten ja julkisten organisaatioiden kanssa.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'Portugalilainen ammattikorkeakoulu Alentejon alueella.',
      description: [
        'Instituto Politécnico de Beja (Polytechnic University of Beja) tarjoaa ammattikorkeakoulutusta ja tekee soveltavaa tutkimusta, joka on juurtunut Alentejoon. Alentejo on pääosin maaseutumainen alue, jonka keskeisiä haasteita ovat maatalous, vesi ja kestävä kehitys.',
      ],
    },
    thd: {
      slug: 'thd',
      summary: 'Saksalainen tekniikan ammattikorkeakoulu Ala-Baijerissa.',
      description: [
        'Technische Hochschule Deggendorf (Deggendorf Institute of Technology) yhdistää tekniikan, liiketalouden, terveysalan ja digitaalisten alojen koulutuksen soveltavaan tutkimukseen ja teknologiansiirtoon Ala-Baijerissa ja sen ulkopuolella.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary:
        'Ruotsin länsirannikolla toimiva korkeakoulu, joka tunnetaan innovaatiolähtöisestä koulutuksestaan.',
      description: [
        'Högskolan i Halmstad (Halmstad University) tekee tiivistä yhteistyötä elinkeinoelämän ja yhteiskunnan kanssa Ruotsin länsirannikolla. Sen tutkimuksen ja koulutuksen painoalat ovat terveys, digitalisaatio ja innovaatiot.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'Suomalainen ammattikorkeakoulu Etelä-Pohjanmaalla.',
      description: [
        'Seinäjoen ammattikorkeakoulu (SeAMK) tarjoaa ammattikorkeakoulutusta sekä tutkimus-, kehittämis- ja innovaatiotoimintaa, joka tukee Etelä-Pohjanmaan elinvoimaa.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary:
        'Liettualainen korkeakoulu, joka tarjoaa ammatillisesti suuntautuneita kandidaatintutkintoja (professional bachelor).',
      description: [
        'Vilniaus kolegija on yksi Liettuan suurimmista tämäntyyppisistä korkeakouluista. Se tarjoaa pääkaupunkiseudulla käytännönläheisiä, ammatillisesti suuntautuneita kandidaattiohjelmia (professional bachelor).',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Tšekkiläinen yliopisto, jonka aloja ovat maatalous, metsätalous, liiketalous, puutarhatalous ja aluekehitys.',
      description: [
        'Mendelova univerzita v Brně (Mendel University in Brno) opettaa ja tutkii maataloutta, metsätaloutta ja puuteknologiaa, liiketaloutta ja taloustieteitä, puutarhataloutta sekä aluekehitystä. Kestävyys on vahvasti esillä kaikessa sen toiminnassa.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Syventää yhteistyötä kandidaatti-, maisteri- ja tohtoritason koulutusohjelmissa, joilla on vahva yhteys käytäntöön.',
      summary:
        'Yhteiset minor-opintokokonaisuudet ja maisteriohjelmat antavat opiskelijoille käytännön tietoja ja taitoja, joiden avulla he voivat vastata moniin samanaikaisiin kriiseihin paikallisesta ja alueellisesta näkökulmasta.',
      body: [
        'Koulutusohjelmat vahvistavat opiskelijoiden valmiuksia antamalla heille käytännön tietoja ja taitoja, joiden avulla he voivat vastata moniin samanaikaisiin kriiseihin paikallisesta ja alueellisesta näkökulmasta.',
        'Yhteisissä minor-opintokokonaisuuksissa ja maisteriohjelmissa teoreettinen tieto yhdistyy haasteperustaisiin opintojaksoihin. Painopisteenä ovat erityisesti alat, jotka edistävät ihmisten, yritysten ja luonnon älykästä alueellista resilienssiä.',
        'Keskeistä on osaaminen, jota tarvitaan digitaalisten teknologiaratkaisujen soveltamiseen ihmiskeskeisesti, luontopositiivisesti ja resilienssiä vahvistaen. Näin annamme paikallisille ekosysteemeille kyvyn kestää häiriöitä.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Kattaa kaikki HEROES-allianssin haasteperustaiset aloitteet.',
      summary:
        'Opiskelijoista, opettajista, tutkijoista sekä paikallisista yrityksistä ja yhteisöistä kootut tiimit ratkovat yhdessä todellisia paikallisia haasteita käytännönläheisen tutkimuskeskittymän tukemina.',
      body: [
        'Yhdessä suunnitelluissa haasteperustaisissa oppimisohjelmissa tietoa ja innovaatioita luovat tiimit ratkovat yhdessä todellisia paikallisia haasteita. Tiimeissä on opiskelijoita, opettajia, tutkijoita sekä paikallisten yritysten ja yhteisöjen edustajia.',
        'Synergiassa tämän kanssa allianssi perustaa käytännönläheisen tieteellisen tutkimuskeskittymän, joka kokoaa eri alojen asiantuntijat poikkitieteellisten teemojen ääreen. He yhdistelevät osaamistaan joustavasti ja edistävät yhteisiä, haasteperustaisia tutkimusagendoja.',
        'Kaikki allianssin haasteperustaiset aloitteet vahvistavat ympäröivien alueiden paikallisyhteisöjen, yritysten ja luonnonympäristöjen resilienssiä. Keinoina ovat innovatiiviset käytännön ratkaisut, räätälöity käytännönläheinen tieteellinen tutkimus sekä tarpeiden mukaan suunniteltu tiedon- ja teknologiansiirto.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Tarjoaa työelämässä oleville joustavia oppimismahdollisuuksia ja vaihtoehtoisia oppimispolkuja digitaalisen osaamisen kehittämiseen ja työllistyvyyden parantamiseen.',
      summary:
        'Joustavia kursseja ja koulutuksia ammattilaisille ja henkilöstölle. Ne keskittyvät vihreään ja digitaaliseen siirtymään, ja niistä saa digitaalisella osaamismerkillä todennetun mikrotutkinnon.',
      body: [
        'Yhdessä kehitetyt joustavat kurssit ja koulutukset sekä työelämässä oleville ammattilaisille että HEROES-korkeakoulujen henkilöstölle edistävät osaamisen kehittämistä, uudelleenkouluttautumista ja parempia työllistymismahdollisuuksia.',
        'Tarjonta keskittyy vihreän ja digitaalisen siirtymän edellyttämiin taitoihin sekä laaja-alaisiin taitoihin, ja siitä saa digitaalisilla osaamismerkeillä todennettuja mikrotutkintoja.',
        'Verkkokurssit ja opintopisteitä tuottavat MOOC-kurssit (”MOOCs for credits”) vastaavat tekoälyn käyttöön, ennakoivat taitojen automatisoitumista ja ottavat huomioon havaitut osaamistarpeet ihmisten, yritysten ja luonnon resilienssin kannalta.',
      ],
    },
  },

  partners: {
    'artois-university': {
      description: 'Liitännäiskumppanina toimiva korkeakoulu Ranskasta.',
    },
    'ismail-qemali-university-vlora': {
      description: 'Liitännäiskumppanina toimiva korkeakoulu Albaniasta.',
    },
    'universum-international-college': {
      description: 'Liitännäiskumppanina toimiva korkeakoulu Kosovosta.',
    },
    'ukrainian-catholic-university': {
      description: 'Liitännäiskumppanina toimiva korkeakoulu Ukrainasta.',
    },
    'hellenic-mediterranean-university': {
      description: 'Liitännäiskumppanina toimiva korkeakoulu Kreikasta.',
    },
    'erasmus-student-network': {
      description:
        'Kansainvälisen neuvoa-antavan verkoston (International Advisory Network) jäsen.',
    },
    eurashe: {
      description:
        'Kansainvälisen neuvoa-antavan verkoston (International Advisory Network) jäsen.',
    },
    uas4europe: {
      description:
        'Kansainvälisen neuvoa-antavan verkoston (International Advisory Network) jäsen.',
    },
    'lifelong-learning-platform': {
      description:
        'Kansainvälisen neuvoa-antavan verkoston (International Advisory Network) jäsen.',
    },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-valittiin-eurooppalaiseksi-yliopistoallianssiksi',
      title: 'HEROES valittiin Eurooppalaiset yliopistot -allianssiksi',
      summary:
        'HEROES on valittu viralliseksi Eurooppalaiset yliopistot -allianssiksi Euroopan komission Erasmus+ -ohjelmassa.',
      body: [
        'Meillä on suuri ilo kertoa, että HEROES on valittu viralliseksi Eurooppalaiset yliopistot -allianssiksi Euroopan komission Erasmus+ -ohjelmassa.',
        'Kaikki yhdeksän HEROES-korkeakoulua odottavat innolla, että pääsevät syventämään yhteistyötään työelämälähtöisessä koulutuksessa – myös jatkuvassa oppimisessa – ja käytännönläheisessä tieteellisessä tutkimuksessa.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'toiminta-ajatus',
      title: 'Toiminta-ajatus',
      intro:
        'Olemme HEROES, valtioiden rajat ylittävä työelämälähtöisten korkeakoulujen allianssi. Olemme sitoutuneet jalostamaan uuden sukupolven EU-kansalaisten kyvyt supervoimiksi, jotka edistävät ihmisten, yritysten ja luonnon älykästä alueellista resilienssiä.',
      body: [
        'Nopeasti muuttuvassa maailmassamme yksi totuus pysyy: ainoa pysyvä asia on muutos. Tämän dynaamisen todellisuuden kohtaamiseen tarvitaan sankareita, jotka turvaavat kaikkien EU:n alueiden resilienssin, sekä vahvoja paikallisia ekosysteemejä.',
        'HEROES-allianssi edistää älykästä alueellista resilienssiä eli alueiden kykyä ennakoida häiriöitä, sopeutua niihin ja toipua niistä hyödyntämällä strategisesti älykkäitä teknologioita, innovatiivisia ratkaisuja ja yhteisöjen osallistamista.',
        { h: 'Tarkoituksemme' },
        'HEROES-allianssin tarkoitus on vahvistaa ihmisten, yritysten ja luonnon älykästä alueellista resilienssiä jalostamalla sitoutuneiden eurooppalaisten kyvyt supervoimiksi. Tarkoituksen saavuttamiseksi HEROES-allianssin painopisteet ovat:',
        {
          list: [
            'laadukas työelämälähtöinen korkeakoulutus,',
            'vaikuttava käytännönläheinen tieteellinen tutkimus',
            'ja samanhenkisten kumppanien välinen yhteistyö.',
          ],
        },
      ],
    },
    approach: {
      slug: 'toimintamalli',
      title: 'Toimintamallimme',
      intro:
        'Korkeakoulujen välisen HEROES-kampuksen tärkeimmät tukipilarit ovat kolme kärkihanketta.',
      body: [
        'Kärkihankkeet rakentuvat yhteisten rakenteiden ja aloitteiden vankalle perustalle, joka ruokkii, vahvistaa ja tukee niitä.',
        'Nämä rakenteet ja aloitteet edistävät toimivaa hallintomallia ja valtioiden rajat ylittävää monitoimijaista ekosysteemiä, tukevat ja sujuvoittavat liikkuvuutta sekä luovat vihreän, osallistavan ja resilienssiin suuntautuneen yhteisön. Lisäksi ne luovat virtuaalikampuksen.',
        'Ne ovat välttämättömiä kulmakiviä, kun rakennamme vihreää ja osallistavaa, korkeakoulujen välistä HEROES-kampusta.',
      ],
    },
    privacy: {
      slug: 'tietosuoja',
      title: 'Tietosuojaseloste',
      intro: 'Miten HEROES-portaali käsittelee henkilötietojasi.',
      body: [
        { h: 'Mitä tietoja keräämme' },
        'Tämä verkkosivusto ei käytä seuranta- eikä mainosevästeitä, eikä se lataa mitään kolmansilta osapuolilta. Sivusto tallentaa yhden evästeen, joka muistaa valitsemasi kielen.',
        'Kun lähetät meille viestin yhteydenottolomakkeella, tallennamme antamasi tiedot (nimesi, sähköpostiosoitteesi, halutessasi organisaatiosi, viestin aiheen, asiaan liittyvän korkeakoulun ja viestisi) sekä sivun kielen ja lähetysajankohdan.',
        { h: 'Miksi ja kuinka kauan' },
        'Käytämme viestiäsi ainoastaan siihen vastaamiseen. Sen voivat lukea ne allianssin työntekijät, jotka käsittelevät yhteydenottoja. Viestit poistetaan automaattisesti 365 päivän kuluttua niiden vastaanottamisesta tai pyynnöstäsi jo aiemmin.',
        { h: 'Oikeutesi' },
        'Yleisen tietosuoja-asetuksen nojalla voit pyytää pääsyä tietoihisi sekä niiden oikaisemista tai poistamista. Voit myös tehdä valituksen oman maasi tietosuojaviranomaiselle eli valvontaviranomaiselle. Voit esittää pyyntösi yhteydenottolomakkeella.',
      ],
    },
    'accessibility-statement': {
      slug: 'saavutettavuusseloste',
      title: 'Saavutettavuusseloste',
      intro:
        'HEROES-allianssi on sitoutunut varmistamaan tämän verkkosivuston saavutettavuuden Euroopan parlamentin ja neuvoston direktiivin (EU) 2016/2102 mukaisesti.',
      body: [
        { h: 'Vaatimustenmukaisuuden tila' },
        'Tavoitteena on, että tämä verkkosivusto on yhdenmukainen verkkosisällön saavutettavuusohjeiden (WCAG) 2.1 AA-tason vaatimusten kanssa. Tätä tasoa edellyttää eurooppalainen standardi EN 301 549.',
        { h: 'Näin tarkistamme saavutettavuuden' },
        'Ennen jokaista versiojulkaisua kaikki sivutyypit testataan automaattisesti usealla kielellä axe-core-saavutettavuustyökalulla, ja niiden käyttö testataan myös näppäimistöllä.',
        { h: 'Palaute ja yhteystiedot' },
        'Jos huomaat tällä verkkosivustolla saavutettavuuspuutteen, kerro siitä meille yhteydenottolomakkeella. Pyrimme vastaamaan kahden viikon kuluessa.',
        { h: 'Täytäntöönpanomenettely' },
        'Jos et ole tyytyväinen saamaasi vastaukseen, voit ottaa yhteyttä oman maasi viranomaiseen, joka valvoo verkkosivustojen saavutettavuutta.',
      ],
    },
    'legal-notice': {
      slug: 'oikeudellinen-huomautus',
      title: 'Oikeudellinen huomautus',
      intro: 'HEROES-portaalin julkaisija ja käyttöehdot.',
      body: [
        { h: 'Rahoitus' },
        'Euroopan unioni osarahoittaa HEROES-allianssia Erasmus+ -ohjelmasta. Esitetyt näkemykset ja mielipiteet ovat kuitenkin ainoastaan kirjoittajan (kirjoittajien) omia, eivätkä ne välttämättä vastaa Euroopan unionin tai Euroopan koulutuksen ja kulttuurin toimeenpanoviraston (EACEA) näkemyksiä. Euroopan unioni tai EACEA eivät ole vastuussa niistä.',
        { h: 'Linkit' },
        'Tältä verkkosivustolta on linkkejä jäsenkorkeakoulujen ja kumppanien verkkosivustoille. Niiden sisällöstä vastaavat niiden julkaisijat.',
      ],
    },
  },

  home: {
    hero: {
      title: 'Korkeakoulutusta resilienteille ja voimaantuneille yhteiskunnille',
      missionLine:
        'Olemme HEROES, valtioiden rajat ylittävä työelämälähtöisten korkeakoulujen allianssi. Olemme sitoutuneet jalostamaan uuden sukupolven EU-kansalaisten kyvyt supervoimiksi, jotka edistävät ihmisten, yritysten ja luonnon älykästä alueellista resilienssiä.',
    },
    purpose: {
      paragraphs: [
        'Nopeasti muuttuvassa maailmassamme yksi totuus pysyy: ainoa pysyvä asia on muutos. Tämän dynaamisen todellisuuden kohtaamiseen tarvitaan sankareita, jotka turvaavat kaikkien EU:n alueiden resilienssin, sekä vahvoja paikallisia ekosysteemejä.',
        'HEROES-allianssi edistää älykästä alueellista resilienssiä eli alueiden kykyä ennakoida häiriöitä, sopeutua niihin ja toipua niistä hyödyntämällä strategisesti älykkäitä teknologioita, innovatiivisia ratkaisuja ja yhteisöjen osallistamista.',
        'Ihmiskeskeisten, luontopositiivisten ja resilienssiä vahvistavien digitaalisten innovaatioiden avulla HEROES pyrkii ratkaisemaan monimutkaisia ongelmia esimerkiksi ottamalla käyttöön etäterveyspalveluja terveydenhuollossa, vahvistamalla paikallisia yrityksiä laajennetun todellisuuden avulla tai hyödyntämällä tekoälyä veden tehokkaaseen käyttöön.',
        'HEROES-allianssin tarkoitus on vahvistaa ihmisten, yritysten ja luonnon älykästä alueellista resilienssiä jalostamalla sitoutuneiden eurooppalaisten kyvyt supervoimiksi.',
      ],
      focusIntro: 'Tarkoituksen saavuttamiseksi HEROES-allianssin painopisteet ovat:',
      focus: [
        'laadukas työelämälähtöinen korkeakoulutus',
        'vaikuttava käytännönläheinen tieteellinen tutkimus',
        'samanhenkisten kumppanien välinen yhteistyö',
      ],
      goals: [
        {
          title:
            'Institutionaalisen, rakenteellisen ja strategisen yhteistyön kestävä syventäminen',
          body: 'Hedelmällinen HEROES-kumppanuus on jo olemassa, ja nyt se on valmis nousemaan seuraavalle tasolle.',
        },
        {
          title:
            'Ihmisten, yritysten ja luonnonympäristöjen resilienssin vahvistaminen alueellisella ja paikallisella tasolla',
          body: 'Reagointikyky ja resilienssi paikallistasolla ovat ratkaisevan tärkeitä: nykypäivän globaalien haasteiden vaikutukset tuntuvat voimakkaasti ruohonjuuritasolla, ja paikallisesti käyttökelpoisia käytännön ratkaisuja tarvitaan kiireesti. HEROES-kumppanit sijaitsevat pienissä ja keskisuurissa kaupungeissa ja ovat niissä vakiintuneita toimijoita. Siksi niillä on erinomaiset edellytykset sekä kehittää toimivia, paikallisiin oloihin sovitettuja innovatiivisia ratkaisuja että toteuttaa niitä tehokkaasti yhdessä paikallisten sidosryhmien kanssa.',
        },
      ],
    },
    actions: {
      intro:
        'Pitkän aikavälin strategiamme perustuu kolmeen strategiseen kärkihankkeeseen, jotka kattavat koulutuksen, tutkimuksen, innovaatiotoiminnan ja yhteiskunnan palvelemisen muodostaman niin sanotun tietoneliön. Nämä kärkihankkeet ovat korkeakoulujen välisen HEROES-kampuksemme tärkeimmät tukipilarit.',
    },
    approach: {
      intro:
        'Kolmen kärkihankkeen pohjana on yhteisten rakenteiden ja aloitteiden vankka perusta: toimiva hallintomalli, valtioiden rajat ylittävä monitoimijainen ekosysteemi, sujuva liikkuvuus, vihreä, osallistava ja resilienssiin suuntautunut yhteisö sekä virtuaalikampus.',
    },
    superpowers: {
      intro:
        'HEROES-allianssi on yhdeksän EU-jäsenvaltion yhdeksän työelämälähtöisen korkeakoulun liitto. Meitä yhdistää joukko ainutlaatuisia yhteisiä ominaisuuksia, jotka auttavat meitä saavuttamaan tarkoituksemme. Ne ovat supervoimamme.',
      items: [
        {
          title: 'Liittomme perustuu luottamukseen ja ymmärrykseen',
          body: 'Meillä on vahva pohja entistä syvemmälle yhteistyölle, sillä rakennamme olemassa olevien ja hyvin toimineiden kahden- ja monenvälisten kumppanuuksien ja yhteistyösopimusten varaan.',
        },
        {
          title: 'Olemme alueellisesti juurtuneita ja helposti tavoitettavissa',
          body: 'Olemme läsnä laajasti ja alueellisesti tasapainoisesti eri puolilla Eurooppaa. Siksi olemme lähellä opiskelijoita, elinikäisiä oppijoita ja paikallisia kumppaneita ja helposti heidän tavoitettavissaan.',
        },
        {
          title: 'Tarjoamme voimaannuttavaa koulutusta',
          body: 'Tarjoamme työelämälähtöistä, soveltaviin tieteisiin keskittyvää korkea-asteen koulutusta ja täydennyskoulutusta. Koulutusohjelmamme on räätälöity työelämän tarpeisiin ja yhteiskunnallisiin haasteisiin.',
        },
        {
          title: 'Keskitymme vaikuttavaan tutkimukseen',
          body: 'Teemme innovatiivista, käytännönläheistä tieteellistä tutkimusta, joka lähtee tarpeista, vastaa yhteiskunnallisiin haasteisiin ja vaikuttaa suoraan ammattikäytäntöihin ja yhteiskuntaan.',
        },
        {
          title: 'Olemme innovaatioiden vauhdittajia',
          body: 'Toimimme paikallisissa ja alueellisissa innovaatioekosysteemeissä ja muokkaamme niitä aktiivisesti yhteistyössä pk-yritysten, teollisuuden, viranomaisten, kansalaisyhteiskunnan, kansalaisjärjestöjen ja perinteisten yliopistojen kanssa.',
        },
        {
          title: 'Olemme ketteriä ja reagoimme nopeasti',
          body: 'Olemme ketteriä eli pystymme vastaamaan nopeasti ja iteratiivisesti muuttuviin tarpeisiin, työvoimapulaan ja muuttuviin osaamismahdollisuuksiin.',
        },
      ],
    },
    partners: {
      intro:
        'HEROES-allianssin yhdeksällä kumppanilla on tukenaan laaja ja monipuolinen joukko liitännäiskumppaneita, mistä olemme ylpeitä.',
      otherPartners:
        'Yli 70 muuta kumppania sekä HEROES-maista että muista maista, kuten Serbiasta, Ukrainasta, Keniasta ja Ghanasta: korkeakouluja, oman alueensa yhteisöjä sekä elinkeinoelämän ja teollisuuden verkostoja edustavia paikallisia sidosryhmiä, kansainvälisiä verkostoja ja kattojärjestöjä.',
    },
  },

  site: {
    contact: {
      intro:
        'Oletpa opiskelija, elinikäinen oppija, toimittaja tai yrityksen tai paikallisen kumppanin edustaja, kirjoita HEROES-allianssille: yhdeksän korkeakoulumme oikeat henkilöt vastaavat sinulle.',
    },
  },
}
