import type { SeedTranslation } from './types'

export const pt: SeedTranslation = {
  institutions: {
    'thomas-more': {
      slug: 'thomas-more',
      summary:
        'Uma instituição flamenga de ensino superior politécnico com campus em toda a província de Antuérpia.',
      description: [
        'A Thomas More Hogeschool é uma das maiores instituições de ensino superior politécnico da Flandres, na Bélgica. Os seus cursos aliam o ensino profissional à investigação orientada para a prática, realizada em conjunto com empresas, escolas, prestadores de cuidados e entidades públicas da região.',
      ],
    },
    fontys: {
      slug: 'fontys',
      summary:
        'Uma instituição neerlandesa de ensino superior politécnico no sul dos Países Baixos.',
      description: [
        'A Fontys Hogescholen oferece licenciaturas (bachelor), cursos superiores de curta duração (associate degree) e mestrados no sul dos Países Baixos, com uma forte aposta na investigação aplicada e uma cooperação estreita com a região de Brainport e outros parceiros regionais.',
      ],
    },
    ucn: {
      slug: 'ucn',
      summary:
        'Uma instituição dinamarquesa de ensino superior profissional que forma profissionais para a Jutlândia do Norte.',
      description: [
        'A Professionshøjskolen UCN (University College Northern Denmark) forma profissionais nas áreas da saúde, da ação social, da educação, da gestão e da tecnologia no norte da Dinamarca, e desenvolve conhecimento em conjunto com as empresas e as instituições públicas da região.',
      ],
    },
    ipbeja: {
      slug: 'ipbeja',
      summary: 'Um instituto politécnico português na região do Alentejo.',
      description: [
        'O Instituto Politécnico de Beja oferece ensino superior profissional e investigação aplicada com raízes no Alentejo, uma região em grande parte rural onde a agricultura, a água e o desenvolvimento sustentável são desafios centrais.',
      ],
    },
    thd: {
      slug: 'thd',
      summary:
        'Uma instituição alemã de ensino superior politécnico de vocação tecnológica, na Baixa Baviera.',
      description: [
        'A Technische Hochschule Deggendorf (Deggendorf Institute of Technology) alia cursos de engenharia, gestão, saúde e áreas digitais à investigação aplicada e à transferência de tecnologia, na Baixa Baviera e não só.',
      ],
    },
    halmstad: {
      slug: 'halmstad',
      summary:
        'Uma universidade sueca da costa oeste, conhecida por um ensino orientado para a inovação.',
      description: [
        'A Högskolan i Halmstad (Halmstad University) trabalha em estreita colaboração com a indústria e a sociedade na costa oeste da Suécia, com investigação e ensino nas áreas da saúde, da digitalização e da inovação.',
      ],
    },
    seamk: {
      slug: 'seamk',
      summary: 'Uma instituição finlandesa de ensino superior politécnico na Ostrobótnia do Sul.',
      description: [
        'A Seinäjoen ammattikorkeakoulu (Seinäjoki University of Applied Sciences, SeAMK) proporciona ensino superior profissional e atividades de investigação, desenvolvimento e inovação que contribuem para a vitalidade da Ostrobótnia do Sul.',
      ],
    },
    'vilniaus-kolegija': {
      slug: 'vilniaus-kolegija',
      summary:
        'Uma instituição lituana de ensino superior que oferece licenciaturas profissionais.',
      description: [
        'A Vilniaus kolegija é uma das maiores instituições de ensino superior do seu tipo na Lituânia e oferece licenciaturas profissionais orientadas para a prática na região da capital.',
      ],
    },
    mendelu: {
      slug: 'mendelu',
      summary:
        'Uma universidade checa dedicada à agricultura, à silvicultura, à gestão, à horticultura e ao desenvolvimento.',
      description: [
        'A Mendelova univerzita v Brně (Mendel University in Brno) dedica-se ao ensino e à investigação nas áreas da agricultura, da silvicultura e da tecnologia da madeira, da gestão e da economia, da horticultura e do desenvolvimento regional, com uma forte aposta na sustentabilidade.',
      ],
    },
  },

  flagships: {
    education4heroes: {
      slug: 'education4heroes',
      tagline:
        'Aprofunda a colaboração em programas de ensino de licenciatura, mestrado e doutoramento com uma forte ligação à prática.',
      summary:
        'Programas conjuntos de minor e de mestrado que dotam os estudantes de conhecimentos e competências de caráter prático para enfrentarem múltiplas crises numa perspetiva local e regional.',
      body: [
        'Os programas de ensino dotam os estudantes de conhecimentos e competências de caráter prático para enfrentarem múltiplas crises numa perspetiva local e regional.',
        'Os programas conjuntos de minor e de mestrado conjugam conhecimentos teóricos com módulos baseados em desafios, sobretudo nas áreas que contribuem para a resiliência regional inteligente das pessoas, das empresas e da natureza.',
        'São essenciais as aptidões e competências necessárias para aplicar soluções tecnológicas digitais de forma centrada no ser humano, positiva para a natureza e promotora da resiliência. Deste modo, damos aos ecossistemas locais a capacidade de resistir a perturbações.',
      ],
    },
    heroes4regions: {
      slug: 'heroes4regions',
      tagline: 'Reúne todas as iniciativas baseadas em desafios da Aliança HEROES.',
      summary:
        'Equipas de estudantes, docentes, investigadores, empresas e comunidades locais trabalham em conjunto em desafios locais reais, com o apoio de um polo de investigação orientado para a prática.',
      body: [
        'Em programas de aprendizagem baseada em desafios concebidos em conjunto, equipas geradoras de conhecimento e de inovação, compostas por estudantes, docentes, investigadores e representantes de empresas e comunidades locais, colaboram na resposta a desafios locais reais.',
        'Em sinergia, a Aliança cria um polo de investigação científica orientada para a prática, que reúne especialistas de diferentes áreas em torno de temas transversais. Estes cruzam e combinam os seus conhecimentos especializados para desenvolver agendas de investigação comuns, baseadas em desafios.',
        'Todas as iniciativas da Aliança baseadas em desafios reforçam a resiliência das comunidades locais, das empresas e dos ambientes naturais das regiões envolventes, através de soluções práticas inovadoras, de investigação científica orientada para a prática e feita à medida e de uma transferência de conhecimento e de tecnologia personalizada.',
      ],
    },
    heroes4ever: {
      slug: 'heroes4ever',
      tagline:
        'Proporciona oportunidades de aprendizagem flexíveis e percursos de aprendizagem alternativos para a melhoria das competências digitais e a empregabilidade dos profissionais no ativo.',
      summary:
        'Cursos e formações flexíveis para profissionais e para o pessoal das instituições, centrados na dupla transição ecológica e digital e conducentes a microcredenciais atestadas por selos digitais.',
      body: [
        'Cursos e formações flexíveis, criados em conjunto tanto para profissionais como para o pessoal das instituições HEROES, promovem a melhoria de competências, a requalificação e mais oportunidades de empregabilidade.',
        'A oferta centra-se nas competências para a dupla transição ecológica e digital e em competências transversais, e conduz a microcredenciais atestadas por selos digitais.',
        'Os cursos online e os «MOOC com créditos» darão resposta à utilização da inteligência artificial, antecipando a automatização de competências e reconhecendo as necessidades de competências identificadas no que respeita à resiliência das pessoas, das empresas e da natureza.',
      ],
    },
  },

  partners: {
    'artois-university': {
      description: 'Instituição de ensino superior associada, sediada em França.',
    },
    'ismail-qemali-university-vlora': {
      description: 'Instituição de ensino superior associada, sediada na Albânia.',
    },
    'universum-international-college': {
      description: 'Instituição de ensino superior associada, sediada no Kosovo.',
    },
    'ukrainian-catholic-university': {
      description: 'Instituição de ensino superior associada, sediada na Ucrânia.',
    },
    'hellenic-mediterranean-university': {
      description: 'Instituição de ensino superior associada, sediada na Grécia.',
    },
    'erasmus-student-network': {
      description: 'Membro da Rede Consultiva Internacional.',
    },
    eurashe: {
      description: 'Membro da Rede Consultiva Internacional.',
    },
    uas4europe: {
      description: 'Membro da Rede Consultiva Internacional.',
    },
    'lifelong-learning-platform': {
      description: 'Membro da Rede Consultiva Internacional.',
    },
  },

  pressReleases: {
    'heroes-selected-as-european-university-alliance': {
      slug: 'heroes-selecionada-alianca-universidades-europeias',
      title: 'HEROES selecionada como aliança de Universidades Europeias',
      summary:
        'A HEROES foi selecionada como aliança oficial de Universidades Europeias no âmbito do Programa Erasmus+ da Comissão Europeia.',
      body: [
        'É com enorme satisfação que anunciamos que a HEROES foi selecionada como aliança oficial de Universidades Europeias no âmbito do Programa Erasmus+ da Comissão Europeia.',
        'Os nove membros da HEROES aguardam com entusiasmo a oportunidade de aprofundar a colaboração no ensino profissional (ao longo da vida) e na investigação científica orientada para a prática.',
      ],
    },
  },

  pages: {
    'mission-statement': {
      slug: 'missao',
      title: 'Declaração de missão',
      intro:
        'Somos a HEROES, uma aliança transnacional de instituições de ensino superior profissional empenhadas em transformar os talentos de uma nova geração de cidadãos da UE em superpoderes que promovam a resiliência regional inteligente das pessoas, das empresas e da natureza.',
      body: [
        'Num mundo em rápida mudança, há uma verdade que perdura: a única constante é a própria mudança. Para enfrentar esta realidade dinâmica, precisamos de heróis que garantam a resiliência em todas as regiões da UE, bem como ecossistemas locais fortes.',
        'A Aliança HEROES promove a resiliência regional inteligente, ou seja, a capacidade das regiões para antecipar perturbações, adaptar-se a elas e recuperar delas, tirando partido, de forma estratégica, de tecnologias inteligentes, de soluções inovadoras e do envolvimento da comunidade.',
        { h: 'O nosso propósito' },
        'O propósito da HEROES é reforçar a resiliência regional inteligente das pessoas, das empresas e da natureza, transformando em superpoderes os talentos de europeus empenhados. Para cumprir este propósito, a HEROES aposta:',
        {
          list: [
            'num ensino profissional de qualidade;',
            'numa investigação científica orientada para a prática e com impacto;',
            'e na colaboração entre parceiros que partilham a mesma visão.',
          ],
        },
      ],
    },
    approach: {
      slug: 'abordagem',
      title: 'A nossa abordagem',
      intro:
        'Os três projetos emblemáticos são os pilares principais do campus interuniversitário HEROES.',
      body: [
        'Os projetos emblemáticos são reforçados e assentam numa base sólida de estruturas e iniciativas conjuntas que os alimentam, consolidam e apoiam.',
        'Estas estruturas e iniciativas promovem uma governação sólida e um ecossistema transnacional com múltiplas partes interessadas, apoiam e simplificam as mobilidades e criam uma comunidade verde, inclusiva e orientada para a resiliência, a par de um campus virtual.',
        'São estes os alicerces indispensáveis para construir um campus interuniversitário HEROES verde e inclusivo.',
      ],
    },
    privacy: {
      slug: 'privacidade',
      title: 'Política de privacidade',
      intro: 'Como o portal HEROES trata os seus dados pessoais.',
      body: [
        { h: 'Dados que recolhemos' },
        'Este sítio Web não utiliza cookies de rastreio nem de publicidade e não carrega qualquer conteúdo de terceiros. Guarda um único cookie, que memoriza o idioma que escolheu.',
        'Quando nos escreve através do formulário de contacto, conservamos os dados que introduz — o seu nome, o endereço de correio eletrónico, a organização (facultativa), o assunto, a instituição em causa e a mensagem —, bem como o idioma da página e o momento do envio.',
        { h: 'Finalidade e prazo de conservação' },
        'Utilizamos a sua mensagem exclusivamente para lhe responder. A mensagem pode ser lida pelos colaboradores da aliança que tratam os pedidos de contacto. As mensagens são apagadas automaticamente 365 dias após a sua receção ou antes, se assim o solicitar.',
        { h: 'Os seus direitos' },
        'Nos termos do Regulamento Geral sobre a Proteção de Dados (RGPD), pode solicitar o acesso aos seus dados, bem como a sua retificação ou o seu apagamento, e pode apresentar reclamação junto da autoridade de controlo do seu país, ou seja, a autoridade nacional de proteção de dados. Para apresentar um pedido, utilize o formulário de contacto.',
      ],
    },
    'accessibility-statement': {
      slug: 'declaracao-de-acessibilidade',
      title: 'Declaração de acessibilidade',
      intro:
        'A aliança HEROES compromete-se a tornar o seu sítio Web acessível, em conformidade com a Diretiva (UE) 2016/2102.',
      body: [
        { h: 'Situação de conformidade' },
        'O presente sítio Web procura estar em conformidade com as Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG) 2.1, nível AA, que é o nível exigido pela norma europeia EN 301 549.',
        { h: 'Elaboração da presente declaração de acessibilidade' },
        'Antes de cada nova versão do sítio Web, todos os tipos de página são testados automaticamente em vários idiomas com o motor de acessibilidade axe-core e percorridos com o teclado.',
        { h: 'Feedback e dados de contacto' },
        'Se encontrar alguma barreira neste sítio Web, informe-nos através do formulário de contacto. Procuramos responder no prazo de duas semanas.',
        { h: 'Procedimento de execução' },
        'Se não ficar satisfeito com a nossa resposta, pode contactar o organismo responsável pelo procedimento de execução em matéria de acessibilidade da Web no seu país.',
      ],
    },
    'legal-notice': {
      slug: 'aviso-legal',
      title: 'Aviso legal',
      intro: 'Editor e condições de utilização do portal HEROES.',
      body: [
        { h: 'Financiamento' },
        'A HEROES é cofinanciada pela União Europeia ao abrigo do Programa Erasmus+. Os pontos de vista e as opiniões expressos são, no entanto, apenas os do(s) autor(es) e não refletem necessariamente a posição da União Europeia ou da Agência de Execução Europeia da Educação e da Cultura (EACEA). Nem a União Europeia nem a EACEA podem ser tidas como responsáveis por essas opiniões.',
        { h: 'Ligações' },
        'Este sítio Web contém ligações para os sítios Web das instituições membros e dos parceiros. O respetivo conteúdo é da responsabilidade de quem os publica.',
      ],
    },
  },

  home: {
    hero: {
      title: 'Ensino superior para sociedades capacitadas e orientadas para a resiliência',
      missionLine:
        'Somos a HEROES, uma aliança transnacional de instituições de ensino superior profissional empenhadas em transformar os talentos de uma nova geração de cidadãos da UE em superpoderes que promovam a resiliência regional inteligente das pessoas, das empresas e da natureza.',
    },
    purpose: {
      paragraphs: [
        'Num mundo em rápida mudança, há uma verdade que perdura: a única constante é a própria mudança. Para enfrentar esta realidade dinâmica, precisamos de heróis que garantam a resiliência em todas as regiões da UE, bem como ecossistemas locais fortes.',
        'A Aliança HEROES promove a resiliência regional inteligente, ou seja, a capacidade das regiões para antecipar perturbações, adaptar-se a elas e recuperar delas, tirando partido, de forma estratégica, de tecnologias inteligentes, de soluções inovadoras e do envolvimento da comunidade.',
        'Através de inovações digitais centradas no ser humano, positivas para a natureza e promotoras da resiliência, a HEROES procura resolver problemas complexos, por exemplo introduzindo a telessaúde nos cuidados de saúde, recorrendo à realidade estendida para reforçar as empresas locais ou utilizando a inteligência artificial para um uso eficiente da água.',
        'O propósito da HEROES é reforçar a resiliência regional inteligente das pessoas, das empresas e da natureza, transformando em superpoderes os talentos de europeus empenhados.',
      ],
      focusIntro: 'Para cumprir este propósito, a HEROES aposta:',
      focus: [
        'num ensino profissional de qualidade',
        'numa investigação científica orientada para a prática e com impacto',
        'na colaboração entre parceiros que partilham a mesma visão',
      ],
      goals: [
        {
          title:
            'Aprofundar de forma sustentável a cooperação institucional, estrutural e estratégica',
          body: 'Já existe uma parceria HEROES frutuosa, que está agora pronta para passar ao nível seguinte.',
        },
        {
          title:
            'Reforçar a resiliência das pessoas, das empresas e dos ambientes naturais a nível regional e local',
          body: 'A capacidade de resposta e a resiliência a nível local são cruciais: os efeitos dos desafios globais atuais fazem-se sentir com força no terreno, e são urgentemente necessárias soluções práticas para aplicação local. Os parceiros da HEROES estão situados e solidamente implantados em cidades de pequena e média dimensão, pelo que estão idealmente posicionados tanto para conceber soluções inovadoras, adaptadas ao contexto e eficazes, como para as pôr em prática de forma efetiva, em cooperação com as partes interessadas locais.',
        },
      ],
    },
    actions: {
      intro:
        'A nossa estratégia de longo prazo assenta em três projetos emblemáticos estratégicos que abrangem o quadrado do conhecimento: educação, investigação, inovação e serviço à sociedade. Estes projetos emblemáticos são os pilares principais do nosso campus interuniversitário HEROES.',
    },
    approach: {
      intro:
        'Os três projetos emblemáticos assentam numa base sólida de estruturas e iniciativas conjuntas: uma governação sólida, um ecossistema transnacional com múltiplas partes interessadas, mobilidades simplificadas, uma comunidade verde, inclusiva e orientada para a resiliência e um campus virtual.',
    },
    superpowers: {
      intro:
        'A Aliança HEROES une nove instituições de ensino superior profissional de nove Estados-Membros da UE. Estas instituições partilham um conjunto de características únicas que contribuem para alcançarmos com êxito o nosso propósito. São estes os nossos superpoderes.',
      items: [
        {
          title: 'A nossa união assenta na confiança e no entendimento',
          body: 'Temos uma base sólida para levar a cooperação a um novo patamar, pois continuamos a construir sobre parcerias e acordos de cooperação bilaterais e multilaterais já existentes e bem-sucedidos.',
        },
        {
          title: 'Estamos enraizados nas nossas regiões e somos acessíveis',
          body: 'A nossa presença geográfica assegura uma cobertura regional ampla e equilibrada na Europa, o que garante grande proximidade e fácil acesso a estudantes, aprendentes ao longo da vida e parceiros locais.',
        },
        {
          title: 'Proporcionamos um ensino que capacita',
          body: 'Oferecemos ensino superior e formação contínua de cariz profissional, centrados nas ciências aplicadas. Os nossos programas estão adaptados às necessidades profissionais e aos desafios societais.',
        },
        {
          title: 'Apostamos numa investigação com impacto',
          body: 'Realizamos investigação científica inovadora e orientada para a prática, que responde à procura, aborda desafios societais e tem um impacto direto na prática profissional e na sociedade.',
        },
        {
          title: 'Somos catalisadores de inovação',
          body: 'Atuamos nos ecossistemas de inovação locais e regionais e ajudamos ativamente a moldá-los, em colaboração com PME, a indústria, as autoridades, a sociedade civil, ONG e universidades tradicionais.',
        },
        {
          title: 'Somos ágeis e reativos',
          body: 'Somos ágeis, o que significa que conseguimos responder de forma rápida e iterativa à evolução das necessidades, à escassez de mão de obra e às novas oportunidades em matéria de conhecimentos e competências.',
        },
      ],
    },
    partners: {
      intro:
        'Os nove parceiros da Aliança HEROES contam, com orgulho, com o apoio de um leque vasto e diversificado de parceiros associados.',
      otherPartners:
        'Mais de 70 outros parceiros, tanto dos países da HEROES como de outros países, como a Sérvia, a Ucrânia, o Quénia e o Gana: instituições de ensino superior, partes interessadas locais que representam a comunidade e as redes empresariais e industriais das suas zonas, redes internacionais e organizações de cúpula.',
    },
  },

  site: {
    contact: {
      intro:
        'Estudantes, aprendentes ao longo da vida, empresas, parceiros locais e imprensa: escrevam à aliança HEROES e as pessoas indicadas das nossas nove instituições responderão.',
    },
  },
}
