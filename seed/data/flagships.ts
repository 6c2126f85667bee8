import type { Flagship } from '../../payload-types'
import { richText } from '../richText'

type FlagshipSeed = Omit<Flagship, 'id' | 'createdAt' | 'updatedAt'>

/** The three strategic flagships: the pillars of the HEROES inter-university campus. */
export const flagships: FlagshipSeed[] = [
  {
    title: 'EDUCATION4HEROES',
    slug: 'education4heroes',
    order: 1,
    tagline:
      'Deepens collaboration in educational programmes at bachelor, master and doctoral level with a strong link to practice.',
    summary:
      'Joint minor and master programmes that empower students with practical knowledge and skills to address multiple crises from a local and regional perspective.',
    body: richText(
      'The educational programmes empower students with practical knowledge and skills to address multiple crises from a local and regional perspective.',
      'Joint minor and master programmes integrate theoretical knowledge with challenge-based modules, particularly in those areas that contribute to the smart regional resilience of people, businesses and nature.',
      'Skills and competencies for applying digital tech solutions in a human-centred, nature-positive and resilience-enhancing way are key. In this way, we give local ecosystems the capacity to withstand disruptions.',
    ),
  },
  {
    title: 'HEROES4REGIONS',
    slug: 'heroes4regions',
    order: 2,
    tagline: 'Encompasses all challenge-based initiatives of the HEROES Alliance.',
    summary:
      'Teams of students, lecturers, researchers and local businesses and communities work together on real-life local challenges, backed by a practice-oriented research hub.',
    body: richText(
      'In jointly designed challenge-based learning programmes, knowledge- and innovation-creating teams composed of students, lecturers, researchers and representatives from local businesses and communities collaborate on real-life local challenges.',
      'In synergy, the Alliance establishes a practice-oriented scientific research hub bringing together experts from different fields around transversal topics. They mix and match their expertise to pursue shared, challenge-based research agendas.',
      'All challenge-based initiatives of the Alliance enhance the resilience of local communities, businesses, and natural environments in surrounding regions through innovative practical solutions, tailor-made practice-oriented scientific research and bespoke knowledge and technology transfer.',
    ),
  },
  {
    title: 'HEROES4EVER',
    slug: 'heroes4ever',
    order: 3,
    tagline:
      'Provides flexible learning opportunities and alternative learning pathways for digital upskilling and employability for working professionals.',
    summary:
      'Flexible courses and trainings for professionals and staff, focused on the twin green and digital transition and leading to digitally badged micro-credentials.',
    body: richText(
      'Jointly created flexible courses and trainings for both professionals and staff of the HEROES institutions foster upskilling, reskilling and enhanced employability opportunities.',
      'The offer focuses on skills for the twin green and digital transition and on transversal skills, leading to digitally badged micro-credentials.',
      'Online courses and ‘MOOCs for credits’ will respond to the use of artificial intelligence, anticipating the automation of skills, and recognising observed skills needs in terms of resilience of people, businesses and nature.',
    ),
  },
]
