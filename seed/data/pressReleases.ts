import type { PressRelease } from '../../payload-types'
import { richText } from '../richText'

type PressReleaseSeed = Omit<PressRelease, 'id' | 'createdAt' | 'updatedAt'> & { slug: string }

export const pressReleases: PressReleaseSeed[] = [
  {
    title: 'HEROES selected as a European University Alliance',
    slug: 'heroes-selected-as-european-university-alliance',
    // The client's text gives no date; editors set the real one in the admin.
    publishedAt: '2024-06-26T09:00:00.000Z',
    _status: 'published',
    summary:
      'HEROES has been selected as an official European University Alliance under the Erasmus+ Programme of the European Commission.',
    body: richText(
      'We are thrilled to announce HEROES has been selected as an official European University Alliance under the Erasmus+ Programme of the European Commission.',
      'All nine HEROES members are looking forward to deepening collaboration in professional (lifelong) education and practice-oriented scientific research.',
      'HEROES is now set to strengthen the resilience of our regions through digital innovations: human-centred, nature-positive and resilience-enhancing innovations such as telehealth in healthcare, extended reality for local businesses and artificial intelligence for the efficient use of water.',
    ),
  },
]
