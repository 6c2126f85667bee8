import type { Home } from '../../payload-types'

type HomeSeed = Omit<Home, 'id' | 'createdAt' | 'updatedAt'>

export const figures: NonNullable<HomeSeed['figures']> = {
  institutions: 9,
  students: 120_000,
  staff: 14_000,
  campuses: 22,
  partnerCountries: ['AL', 'FR', 'GR', 'XK', 'UA'],
}

export const home: HomeSeed = {
  figures,
  hero: {
    title: 'Higher Education for Resilience-Oriented and Empowered Societies',
    missionLine:
      'We are HEROES, a transnational alliance of professional higher education institutions committed to transforming the talents of a new generation of EU citizens into superpowers that advance the smart regional resilience of people, businesses and nature.',
  },
  purpose: {
    paragraphs: [
      {
        text: 'In our rapidly changing world, one enduring truth emerges: the only constant is change itself. To face this dynamic reality, we need heroes to ensure resilience in all EU’s regions, and strong local ecosystems.',
      },
      {
        text: 'The HEROES Alliance advances smart regional resilience, i.e. the capacity of regions to anticipate, adapt, and recover from disruptions by strategically leveraging smart technologies, innovative solutions, and community engagement.',
      },
      {
        text: 'Through human-centred, nature-positive and resilience-enhancing digital innovations, HEROES aims to solve complex problems by e.g. introducing telehealth in healthcare, leveraging extended reality to strengthen local businesses, or utilising artificial intelligence for the efficient use of water.',
      },
      {
        text: 'The purpose of HEROES is to strengthen the smart regional resilience of people, businesses and nature by transforming the talents of committed Europeans into superpowers.',
      },
    ],
    focusIntro: 'To achieve this purpose, HEROES focuses on:',
    focus: [
      { text: 'quality professional education' },
      { text: 'impactful practice-oriented scientific research' },
      { text: 'collaboration between like-minded partners' },
    ],
    goals: [
      {
        title: 'Sustainably deepen institutional, structural and strategic cooperation',
        body: 'A fruitful HEROES partnership already exists; it is now ready for the next level.',
      },
      {
        title:
          'Strengthen the resilience of people, business and natural environments at regional and local levels',
        body: 'Responsiveness and resilience at local level are crucial: the effects of today’s global challenges are strongly experienced at the grassroots level, and practical solutions for local use are urgently needed. The partners of HEROES are located and firmly established in small and medium-sized cities and thus ideally placed both to come up with contextualised innovative solutions that work and to implement them effectively in cooperation with local stakeholders.',
      },
    ],
  },
  actions: {
    intro:
      'Our long-term strategy is based on 3 strategic flagships that cover the knowledge square of education, research, innovation and service to society. These flagships are the main pillars of our HEROES inter-university campus.',
  },
  approach: {
    intro:
      'The 3 flagships are built on a solid base of joint structures and initiatives: solid governance, a transnational multistakeholder ecosystem, streamlined mobilities, a green, inclusive and resilience-oriented community, and a virtual campus.',
  },
  superpowers: {
    intro:
      'The HEROES Alliance is a bond between 9 professional HEIs from 9 EU member states with a shared set of unique characteristics that contribute to the successful achievement of our purpose. These are our superpowers.',
    items: [
      {
        title: 'Our bond is based on trust and understanding',
        body: 'We have a strong basis for next-level cooperation as we build further on existing and successful bilateral and multilateral partnerships and cooperation agreements.',
      },
      {
        title: 'We are regionally embedded and accessible',
        body: 'Our geographical footprint encompasses broad and balanced regional coverage in Europe, ensuring close proximity and easy accessibility for students, lifelong learners, and local partners.',
      },
      {
        title: 'We provide education that empowers',
        body: 'We offer professional and applied sciences-focused tertiary and continuing education. Our programmes are tailored to professional needs and societal challenges.',
      },
      {
        title: 'We focus on research with impact',
        body: 'We conduct innovative practice-oriented scientific research that is demand-driven, addresses societal challenges and has a direct impact on professional practice and society.',
      },
      {
        title: 'We are innovation catalysts',
        body: 'We operate within and actively shape local and regional innovation ecosystems, collaborating with SMEs, industry, authorities, civil society, NGOs and traditional universities.',
      },
      {
        title: 'We are agile and responsive',
        body: 'We are agile, which means we are able to respond quickly and iteratively to evolving needs, labour market shortages and changing knowledge and skills opportunities.',
      },
    ],
  },
  partners: {
    intro:
      'The 9 partners of the HEROES Alliance are proudly supported by a wide and diverse array of associated partners.',
    otherPartners:
      '70+ other partners from both HEROES countries and other countries such as Serbia, Ukraine, Kenya and Ghana: higher education institutions, local stakeholders representing community, business and industry networks in their areas, international networks and umbrella organisations.',
  },
}
