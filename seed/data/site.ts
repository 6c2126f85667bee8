import type { Site } from '../../payload-types'

type SiteSeed = Omit<Site, 'id' | 'createdAt' | 'updatedAt'>

export const site: SiteSeed = {
  contact: {
    intro:
      'Students, lifelong learners, businesses, local partners and press: write to the HEROES alliance and the right people at our nine institutions will answer.',
  },
}
