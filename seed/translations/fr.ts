import type { SeedTranslation } from './types'

export const fr: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary: 'Une haute école flamande dont les campus sont répartis dans la province d’Anvers.',
      description: [
        'Thomas More Hogeschool est l’une des plus grandes hautes écoles de Flandre, en Belgique. Ses formations associent enseignement professionnel et recherche orientée vers la pratique, menée avec des entreprises, des écoles, des prestataires de soins et des pouvoirs publics de la région.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary: 'Une haute école néerlandaise implantée dans le sud des Pays-Bas.',
      description: [
        'Fontys Hogescholen propose des formations de niveau bachelor, associate degree (cycle court) et master dans le sud des Pays-Bas. L’établissement met fortement l’accent sur la recherche appliquée et coopère étroitement avec la région Brainport et d’autres partenaires régionaux.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary: 'Une haute école danoise qui forme des professionnels pour le Jutland du Nord.',
      description: [
        'Professionshøjskolen UCN (University College Northern Denmark) forme des professionnels de la santé, de l’action sociale, de l’éducation, de la gestion et de la technologie dans le nord du Danemark, et développe des connaissances avec les entreprises et les institutions publiques de la région.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'Un institut polytechnique portugais situé dans la région de l’Alentejo.',
      description: [
        'L’Instituto Politécnico de Beja (Polytechnic University of Beja) propose un enseignement supérieur professionnel et une recherche appliquée ancrés dans l’Alentejo, une région en grande partie rurale où l’agriculture, l’eau et le développement durable sont des enjeux majeurs.',
      ],
    },
    thd: {
      slug: 'thd',
      summary:
        'Une université technique de sciences appliquées située en Basse-Bavière, en Allemagne.',
      description: [
        'La Technische Hochschule Deggendorf (Deggendorf Institute of Technology) associe des formations en ingénierie, en gestion, en santé et dans le numérique à la recherche appliquée et au transfert de technologie, en Basse-Bavière et au-delà.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary:
        'Une université suédoise de la côte ouest, reconnue pour ses formations tournées vers l’innovation.',
      description: [
        'La Högskolan i Halmstad (Halmstad University) travaille en étroite collaboration avec les entreprises et la société sur la côte ouest de la Suède. Ses activités de recherche et d’enseignement portent sur la santé, la transformation numérique et l’innovation.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'Une université finlandaise de sciences appliquées, située en Ostrobotnie du Sud.',
      description: [
        'La Seinäjoen ammattikorkeakoulu (SeAMK, Seinäjoki University of Applied Sciences) dispense un enseignement supérieur professionnel et mène des activités de recherche, de développement et d’innovation qui contribuent à la vitalité de l’Ostrobotnie du Sud.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary:
        'Un établissement d’enseignement supérieur lituanien qui propose des études de bachelor professionnel.',
      description: [
        'Vilniaus kolegija est l’un des plus grands établissements d’enseignement supérieur de ce type en Lituanie. Il propose, dans la région de la capitale, des programmes de bachelor professionnel orientés vers la pratique.',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Une université tchèque spécialisée en agriculture, foresterie, économie et gestion, horticulture et développement.',
      description: [
        'La Mendelova univerzita v Brně (Mendel University in Brno) enseigne et mène des recherches en agriculture, en foresterie et technologie du bois, en économie et gestion, en horticulture et en développement régional, avec une attention particulière portée à la durabilité.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Approfondit la collaboration dans les programmes de formation de niveau bachelor, master et doctorat, en lien étroit avec la pratique.',
      summary:
        'Des mineures et des masters conjoints qui dotent les étudiants des connaissances et des compétences pratiques nécessaires pour faire face à des crises multiples, dans une perspective locale et régionale.',
      body: [
        'Les programmes de formation dotent les étudiants des connaissances et des compétences pratiques nécessaires pour faire face à des crises multiples, dans une perspective locale et régionale.',
        'Des mineures et des masters conjoints associent savoirs théoriques et modules fondés sur des défis, en particulier dans les domaines qui contribuent à la résilience régionale intelligente des personnes, des entreprises et de la nature.',
        'Les aptitudes et les compétences permettant de mettre en œuvre des solutions technologiques numériques centrées sur l’humain, favorables à la nature et propices à la résilience sont essentielles. Nous donnons ainsi aux écosystèmes locaux les moyens de résister aux perturbations.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Regroupe l’ensemble des initiatives de l’alliance HEROES fondées sur des défis.',
      summary:
        'Des équipes réunissant étudiants, enseignants, chercheurs, entreprises et communautés locales travaillent ensemble sur des défis locaux concrets, avec l’appui d’un pôle de recherche orienté vers la pratique.',
      body: [
        'Dans le cadre de programmes d’apprentissage par défis conçus en commun, des équipes créatrices de connaissances et d’innovation, composées d’étudiants, d’enseignants, de chercheurs et de représentants des entreprises et des communautés locales, collaborent sur des défis locaux concrets.',
        'En synergie, l’alliance crée un pôle de recherche scientifique orienté vers la pratique, qui rassemble des experts de différents domaines autour de thématiques transversales. Ils croisent et combinent leurs expertises pour mener des programmes de recherche communs fondés sur des défis.',
        'Toutes les initiatives de l’alliance fondées sur des défis renforcent la résilience des communautés locales, des entreprises et des milieux naturels des régions environnantes, grâce à des solutions pratiques innovantes, à une recherche scientifique orientée vers la pratique et conçue sur mesure, et à un transfert de connaissances et de technologies adapté aux besoins.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Offre aux professionnels en activité des possibilités d’apprentissage flexibles et des parcours de formation alternatifs pour renforcer leurs compétences numériques et leur employabilité.',
      summary:
        'Des cours et des formations flexibles destinés aux professionnels et au personnel, axés sur la double transition écologique et numérique et débouchant sur des microcertifications attestées par des badges numériques.',
      body: [
        'Des cours et des formations flexibles, élaborés en commun et destinés aussi bien aux professionnels qu’au personnel des établissements HEROES, favorisent le perfectionnement, la reconversion et l’employabilité.',
        'L’offre porte sur les compétences nécessaires à la double transition écologique et numérique ainsi que sur les compétences transversales, et débouche sur des microcertifications attestées par des badges numériques.',
        'Des cours en ligne et des « MOOC crédités » tiendront compte de l’utilisation de l’intelligence artificielle, en anticipant l’automatisation des compétences et en prenant en compte les besoins en compétences constatés en matière de résilience des personnes, des entreprises et de la nature.',
      ],
    },
  },

  partners: {
    'artois-university': {
      description: 'Établissement d’enseignement supérieur associé situé en France.',
    },
    'ismail-qemali-university-vlora': {
      description: 'Établissement d’enseignement supérieur associé situé en Albanie.',
    },
    'universum-international-college': {
      description: 'Établissement d’enseignement supérieur associé situé au Kosovo.',
    },
    'ukrainian-catholic-university': {
      description: 'Établissement d’enseignement supérieur associé situé en Ukraine.',
    },
    'hellenic-mediterranean-university': {
      description: 'Établissement d’enseignement supérieur associé situé en Grèce.',
    },
    'erasmus-student-network': {
      description: 'Membre du réseau consultatif international (International Advisory Network).',
    },
    eurashe: {
      description: 'Membre du réseau consultatif international (International Advisory Network).',
    },
    uas4europe: {
      description: 'Membre du réseau consultatif international (International Advisory Network).',
    },
    'lifelong-learning-platform': {
      description: 'Membre du réseau consultatif international (International Advisory Network).',
    },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-selectionnee-alliance-universites-europeennes',
      title: 'HEROES sélectionnée comme alliance d’universités européennes',
      summary:
        'HEROES a été officiellement sélectionnée comme alliance d’universités européennes dans le cadre du programme Erasmus+ de la Commission européenne.',
      body: [
        'C’est avec une grande joie que nous annonçons que HEROES a été officiellement sélectionnée comme alliance d’universités européennes (initiative « Universités européennes ») dans le cadre du programme Erasmus+ de la Commission européenne.',
        'Les neuf membres de HEROES se réjouissent d’approfondir leur collaboration dans l’enseignement professionnel (tout au long de la vie) et dans la recherche scientifique orientée vers la pratique.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'mission',
      title: 'Notre mission',
      intro:
        'Nous sommes HEROES, une alliance transnationale d’établissements d’enseignement supérieur professionnel déterminés à transformer les talents d’une nouvelle génération de citoyens de l’UE en superpouvoirs au service de la résilience régionale intelligente des personnes, des entreprises et de la nature.',
      body: [
        'Dans un monde en mutation rapide, une vérité s’impose durablement : la seule constante, c’est le changement. Pour faire face à cette réalité mouvante, nous avons besoin de héros qui assurent la résilience de toutes les régions de l’UE et la solidité des écosystèmes locaux.',
        'L’alliance HEROES fait progresser la résilience régionale intelligente, c’est-à-dire la capacité des régions à anticiper les perturbations, à s’y adapter et à s’en relever en mobilisant de manière stratégique les technologies intelligentes, les solutions innovantes et l’engagement des communautés.',
        { h: 'Notre raison d’être' },
        'La raison d’être de HEROES est de renforcer la résilience régionale intelligente des personnes, des entreprises et de la nature en transformant les talents d’Européens engagés en superpouvoirs. Pour y parvenir, HEROES mise sur :',
        {
          list: [
            'un enseignement professionnel de qualité ;',
            'une recherche scientifique orientée vers la pratique et porteuse d’impact ;',
            'et la collaboration entre partenaires qui partagent la même vision.',
          ],
        },
      ],
    },
    approach: {
      slug: 'approche',
      title: 'Notre approche',
      intro:
        'Les trois projets phares sont les principaux piliers du campus interuniversitaire HEROES.',
      body: [
        'Ces projets phares sont consolidés et reposent sur un socle robuste de structures et d’actions communes qui les nourrissent, les renforcent et les soutiennent.',
        'Ces structures et ces actions favorisent une gouvernance solide et un écosystème transnational multipartite, soutiennent et simplifient les mobilités, et donnent naissance à une communauté verte, inclusive et tournée vers la résilience, ainsi qu’à un campus virtuel.',
        'Elles constituent les pierres angulaires indispensables à la construction d’un campus interuniversitaire HEROES vert et inclusif.',
      ],
    },
    privacy: {
      slug: 'confidentialite',
      title: 'Politique de confidentialité',
      intro: 'Comment le portail HEROES traite vos données à caractère personnel.',
      body: [
        { h: 'Données collectées' },
        'Ce site n’utilise aucun cookie de traçage ou publicitaire et ne charge aucun contenu provenant de tiers. Il enregistre un seul cookie, qui mémorise la langue que vous avez choisie.',
        'Lorsque vous nous écrivez au moyen du formulaire de contact, nous conservons les informations que vous saisissez (votre nom, votre adresse électronique, votre organisation si vous l’indiquez, l’objet de votre demande, l’établissement concerné et votre message), ainsi que la langue de la page et l’heure d’envoi.',
        { h: 'Finalité et durée de conservation' },
        'Nous utilisons votre message uniquement pour y répondre. Il peut être lu par les membres du personnel de l’alliance chargés de traiter les demandes de contact. Les messages sont supprimés automatiquement 365 jours après leur réception, ou plus tôt si vous le demandez.',
        { h: 'Vos droits' },
        'En vertu du règlement général sur la protection des données (RGPD), vous pouvez demander l’accès à vos données, leur rectification ou leur effacement, et vous pouvez introduire une réclamation auprès de l’autorité de contrôle de votre pays chargée de la protection des données. Pour exercer ces droits, utilisez le formulaire de contact.',
      ],
    },
    'accessibility-statement': {
      slug: 'declaration-accessibilite',
      title: 'Déclaration sur l’accessibilité',
      intro:
        'L’alliance HEROES s’engage à rendre son site internet accessible, conformément à la directive (UE) 2016/2102.',
      body: [
        { h: 'État de conformité' },
        'Ce site internet vise la conformité avec les Règles pour l’accessibilité des contenus Web (WCAG) 2.1 au niveau AA, soit le niveau exigé par la norme européenne EN 301 549.',
        { h: 'Établissement de la présente déclaration' },
        'Avant chaque mise en ligne d’une nouvelle version, chaque type de page est testé automatiquement dans plusieurs langues à l’aide du moteur d’accessibilité axe-core, et parcouru au clavier.',
        { h: 'Retour d’information et coordonnées de contact' },
        'Si vous rencontrez un obstacle à l’accessibilité sur ce site, merci de nous le signaler au moyen du formulaire de contact. Nous nous efforçons de répondre dans un délai de deux semaines.',
        { h: 'Procédure de mise en œuvre' },
        'Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à l’organisme chargé, dans votre pays, de veiller au respect des exigences d’accessibilité des sites internet.',
      ],
    },
    'legal-notice': {
      slug: 'mentions-legales',
      title: 'Mentions légales',
      intro: 'Éditeur et conditions d’utilisation du portail HEROES.',
      body: [
        { h: 'Financement' },
        'HEROES est cofinancée par l’Union européenne dans le cadre du programme Erasmus+. Les points de vue et avis exprimés n’engagent toutefois que leur(s) auteur(s) et ne reflètent pas nécessairement ceux de l’Union européenne ou de l’Agence exécutive européenne pour l’éducation et la culture (EACEA). Ni l’Union européenne ni l’EACEA ne sauraient en être tenues pour responsables.',
        { h: 'Liens' },
        'Ce site renvoie vers les sites internet des établissements membres et des partenaires. Leur contenu relève de la responsabilité de leurs éditeurs respectifs.',
      ],
    },
  },

  home: {
    hero: {
      title: 'L’enseignement supérieur au service de sociétés résilientes et capables d’agir',
      missionLine:
        'Nous sommes HEROES, une alliance transnationale d’établissements d’enseignement supérieur professionnel déterminés à transformer les talents d’une nouvelle génération de citoyens de l’UE en superpouvoirs au service de la résilience régionale intelligente des personnes, des entreprises et de la nature.',
    },
    purpose: {
      paragraphs: [
        'Dans un monde en mutation rapide, une vérité s’impose durablement : la seule constante, c’est le changement. Pour faire face à cette réalité mouvante, nous avons besoin de héros qui assurent la résilience de toutes les régions de l’UE et la solidité des écosystèmes locaux.',
        'L’alliance HEROES fait progresser la résilience régionale intelligente, c’est-à-dire la capacité des régions à anticiper les perturbations, à s’y adapter et à s’en relever en mobilisant de manière stratégique les technologies intelligentes, les solutions innovantes et l’engagement des communautés.',
        'Grâce à des innovations numériques centrées sur l’humain, favorables à la nature et propices à la résilience, HEROES entend résoudre des problèmes complexes, par exemple en introduisant la télésanté dans les soins de santé, en mettant la réalité étendue au service des entreprises locales ou en recourant à l’intelligence artificielle pour une utilisation efficace de l’eau.',
        'La raison d’être de HEROES est de renforcer la résilience régionale intelligente des personnes, des entreprises et de la nature en transformant les talents d’Européens engagés en superpouvoirs.',
      ],
      focusIntro: 'Pour y parvenir, HEROES mise sur :',
      focus: [
        'un enseignement professionnel de qualité',
        'une recherche scientifique orientée vers la pratique et porteuse d’impact',
        'la collaboration entre partenaires qui partagent la même vision',
      ],
      goals: [
        {
          title:
            'Approfondir durablement la coopération institutionnelle, structurelle et stratégique',
          body: 'Le partenariat HEROES a déjà porté ses fruits ; il est désormais prêt à passer à la vitesse supérieure.',
        },
        {
          title:
            'Renforcer la résilience des personnes, des entreprises et des milieux naturels aux niveaux régional et local',
          body: 'La réactivité et la résilience à l’échelle locale sont essentielles : les effets des défis mondiaux actuels se font durement sentir sur le terrain, et des solutions pratiques, utilisables localement, sont nécessaires de toute urgence. Implantés et solidement ancrés dans des villes petites et moyennes, les partenaires de HEROES sont idéalement placés à la fois pour concevoir des solutions innovantes, adaptées au contexte et efficaces, et pour les mettre en œuvre avec succès en coopération avec les acteurs locaux.',
        },
      ],
    },
    actions: {
      intro:
        'Notre stratégie à long terme repose sur trois projets phares stratégiques qui couvrent le carré de la connaissance : éducation, recherche, innovation et service à la société. Ces projets phares sont les principaux piliers de notre campus interuniversitaire HEROES.',
    },
    approach: {
      intro:
        'Les trois projets phares reposent sur un socle robuste de structures et d’actions communes : une gouvernance solide, un écosystème transnational multipartite, des mobilités simplifiées, une communauté verte, inclusive et tournée vers la résilience, et un campus virtuel.',
    },
    superpowers: {
      intro:
        'L’alliance HEROES unit neuf établissements d’enseignement supérieur professionnel de neuf États membres de l’UE, qui partagent un ensemble de caractéristiques uniques contribuant à la réalisation de notre raison d’être. Ce sont nos superpouvoirs.',
      items: [
        {
          title: 'Notre lien repose sur la confiance et la compréhension mutuelle',
          body: 'Nous disposons d’une base solide pour porter notre coopération à un niveau supérieur, car nous nous appuyons sur des partenariats et des accords de coopération bilatéraux et multilatéraux existants et fructueux.',
        },
        {
          title: 'Nous sommes ancrés dans nos régions et accessibles',
          body: 'Notre implantation géographique assure une couverture régionale large et équilibrée en Europe, ce qui garantit proximité et facilité d’accès aux étudiants, aux apprenants tout au long de la vie et aux partenaires locaux.',
        },
        {
          title: 'Nous offrons une formation qui donne les moyens d’agir',
          body: 'Nous proposons un enseignement supérieur et une formation continue à vocation professionnelle, axés sur les sciences appliquées. Nos programmes sont adaptés aux besoins des métiers et aux défis de société.',
        },
        {
          title: 'Nous misons sur une recherche à fort impact',
          body: 'Nous menons une recherche scientifique innovante et orientée vers la pratique, qui répond à la demande, s’attaque aux défis de société et a un impact direct sur la pratique professionnelle et sur la société.',
        },
        {
          title: 'Nous sommes des catalyseurs d’innovation',
          body: 'Nous agissons au sein des écosystèmes d’innovation locaux et régionaux et contribuons activement à les façonner, en collaborant avec des PME, l’industrie, les pouvoirs publics, la société civile, des ONG et des universités traditionnelles.',
        },
        {
          title: 'Nous sommes agiles et réactifs',
          body: 'Notre agilité nous permet de répondre rapidement et de manière itérative à l’évolution des besoins, aux pénuries de main-d’œuvre et aux nouvelles possibilités qui s’ouvrent en matière de connaissances et de compétences.',
        },
      ],
    },
    partners: {
      intro:
        'Les neuf partenaires de l’alliance HEROES ont la fierté d’être soutenus par un réseau large et diversifié de partenaires associés.',
      otherPartners:
        'Plus de 70 autres partenaires, issus des pays de HEROES comme d’autres pays tels que la Serbie, l’Ukraine, le Kenya et le Ghana : établissements d’enseignement supérieur, acteurs locaux représentant les réseaux associatifs, économiques et industriels de leur territoire, réseaux internationaux et organisations faîtières.',
    },
  },

  site: {
    contact: {
      intro:
        'Étudiants, apprenants tout au long de la vie, entreprises, partenaires locaux et presse : écrivez à l’alliance HEROES, et les bonnes personnes au sein de nos neuf établissements vous répondront.',
    },
  },
}
