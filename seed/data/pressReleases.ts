import type { PressRelease } from '../../payload-types'
import { richText } from '../richText'

type PressReleaseSeed = Omit<PressRelease, 'id' | 'createdAt' | 'updatedAt'> & { slug: string }

export const pressReleases: PressReleaseSeed[] = [
  {
    title: 'HEROES selected as a European University Alliance',
    slug: 'heroes-selected-as-european-university-alliance',
    // The alliance's text gives no date (docs/content-sources.md): the release is dated when it is
    // seeded, which keeps the list's order, and the date stays unconfirmed, so visitors see none
    // until an editor enters the real one and confirms it.
    publishedAt: new Date().toISOString(),
    dateConfirmed: false,
    _status: 'published',
    summary:
      'HEROES has been selected as an official European University Alliance under the Erasmus+ Programme of the European Commission.',
    body: richText(
      'We are thrilled to announce HEROES has been selected as an official European University Alliance under the Erasmus+ Programme of the European Commission.',
      'All nine HEROES members are looking forward to deepening collaboration in professional (lifelong) education and practice-oriented scientific research.',
    ),
  },
]
