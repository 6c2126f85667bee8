import type { Page } from '../../payload-types'
import { richText } from '../richText'

type PageSeed = Omit<Page, 'id' | 'createdAt' | 'updatedAt'> & { slug: string }

const page = (p: Omit<PageSeed, '_status'>): PageSeed => ({ ...p, _status: 'published' })

export const pages: PageSeed[] = [
  page({
    title: 'Mission statement',
    slug: 'mission-statement',
    intro:
      'We are HEROES, a transnational alliance of professional higher education institutions committed to transforming the talents of a new generation of EU citizens into superpowers that advance the smart regional resilience of people, businesses and nature.',
    body: richText(
      'In our rapidly changing world, one enduring truth emerges: the only constant is change itself. To face this dynamic reality, we need heroes to ensure resilience in all EU’s regions, and strong local ecosystems.',
      'The HEROES Alliance advances smart regional resilience, i.e. the capacity of regions to anticipate, adapt, and recover from disruptions by strategically leveraging smart technologies, innovative solutions, and community engagement.',
      { h: 'Our purpose' },
      'The purpose of HEROES is to strengthen the smart regional resilience of people, businesses and nature by transforming the talents of committed Europeans into superpowers. To achieve this purpose, HEROES focuses on:',
      {
        list: [
          'quality professional education,',
          'impactful practice-oriented scientific research,',
          'and collaboration between like-minded partners.',
        ],
      },
    ),
  }),
  page({
    title: 'Our approach',
    slug: 'approach',
    intro: 'The 3 flagships are the main pillars of the HEROES inter-university campus.',
    body: richText(
      'The flagships are fortified and built on a solid base of joint structures and initiatives that feed, reinforce and support them.',
      'These structures and initiatives foster solid governance and a transnational multistakeholder ecosystem, support and streamline mobilities, and establish a green, inclusive and resilience-oriented community, in addition to a virtual campus.',
      'These are the indispensable cornerstones to achieve a green and inclusive HEROES inter-university campus.',
    ),
  }),
  page({
    title: 'Privacy policy',
    slug: 'privacy',
    shows: 'controller',
    intro: 'How the HEROES portal handles your personal data.',
    body: richText(
      { h: 'What we collect' },
      'This website does not use tracking or advertising cookies and loads nothing from third parties. It stores one cookie, which remembers the language you chose.',
      'When you write to us through the contact form, we store what you enter (your name, email address, optional organisation, topic, the institution concerned and your message), the language of the page and the time of sending.',
      { h: 'Why and for how long' },
      'We use your message only to answer it. Staff of the alliance who handle contact requests can read it. Messages are deleted automatically 365 days after they were received, or earlier on request.',
      { h: 'Your rights' },
      'Under the General Data Protection Regulation you may ask to see, correct or erase your data, and you may complain to your national data protection authority. Use the contact form to make a request.',
    ),
  }),
  page({
    title: 'Accessibility statement',
    slug: 'accessibility-statement',
    intro:
      'The HEROES alliance is committed to making this website accessible, in accordance with Directive (EU) 2016/2102.',
    body: richText(
      { h: 'Compliance status' },
      'This website aims to conform with the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the level required by the European standard EN 301 549.',
      { h: 'How we check' },
      'Every page type is tested automatically in several languages with the axe-core accessibility engine, and navigated by keyboard, before each release.',
      { h: 'Feedback' },
      'If you find a barrier on this website, please tell us through the contact form. We aim to answer within two weeks.',
      { h: 'Enforcement procedure' },
      'If you are not satisfied with our answer, you can contact the enforcement body for web accessibility in your country.',
    ),
  }),
  page({
    title: 'Legal notice',
    slug: 'legal-notice',
    shows: 'publisher',
    intro: 'Publisher and terms of use of the HEROES portal.',
    body: richText(
      { h: 'Funding' },
      'HEROES is co-funded by the European Union under the Erasmus+ Programme. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Education and Culture Executive Agency (EACEA). Neither the European Union nor EACEA can be held responsible for them.',
      { h: 'Links' },
      'This website links to the websites of the member institutions and partners. Their content is the responsibility of their publishers.',
    ),
  }),
]
