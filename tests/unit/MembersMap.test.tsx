import { screen } from '@testing-library/react'

import { MembersMap } from '@/components/MembersMap'
import { EUROPE_MAP_PATH } from '@/lib/europeMap'
import { institutions } from '@/seed/data/institutions'

import { messages, renderIn } from '../helpers/intl'

// As seeded: names and countries, no position (the alliance's text gives none).
const seeded = institutions.map((m, i) => ({ ...m, id: i + 1 }))

// Positions an editor might enter, for the dots' tests only (not content shown anywhere).
const placed = [
  {
    id: 1,
    name: 'A',
    country: 'FI' as const,
    city: 'Seinäjoki',
    location: { lat: 62.8, lng: 22.8 },
  },
  { id: 2, name: 'B', country: 'PT' as const, city: 'Beja', location: { lat: 38, lng: -7.9 } },
  { id: 3, name: 'C', country: 'CZ' as const, city: null, location: { lat: 49.2, lng: 16.6 } },
  { id: 4, name: 'D', country: 'DE' as const, city: 'Half', location: { lat: 48.8, lng: null } },
]

const mapOf = (container: HTMLElement) => container.querySelector('svg[role="img"]')!
const labelOf = (container: HTMLElement) =>
  mapOf(container)
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)

describe('members map', () => {
  it('tints the members’ countries and names them, with no dot where no position is entered', () => {
    const { container } = renderIn('en', <MembersMap members={seeded} />)
    // jsdom leaves SVG out of its accessibility tree; the browser tests query it by role.
    const [title, desc] = labelOf(container)
    expect(title).toBe(messages.en.Members.mapTitle)
    expect(desc).toBe(
      'A map of Europe on which the members’ countries are tinted: Belgium, Netherlands, ' +
        'Denmark, Portugal, Germany, Sweden, Finland, Lithuania, and Czechia. The members are ' +
        'listed below.',
    )
    expect(container.querySelectorAll('path.members-map__country')).toHaveLength(9)
    expect(container.querySelectorAll('circle, text')).toHaveLength(0)
    expect(container.querySelector('figcaption')).toHaveTextContent(
      messages.en.Members.mapLegendCountries,
    )
    expect(screen.queryByText(messages.en.Members.mapLegendPoints)).toBeNull()
  })

  it('names the countries in the visitor’s language', () => {
    const { container } = renderIn('de', <MembersMap members={seeded} />)
    expect(labelOf(container)[1]).toMatch(/Belgien, Niederlande, .* und Tschechien\./)
  })

  it('draws over the shared base image, inlining only the members’ countries', () => {
    const { container } = renderIn('en', <MembersMap members={seeded} />)
    const image = container.querySelector('svg[role="img"] image')!
    expect(image.getAttribute('href')).toBe(EUROPE_MAP_PATH)
    // The land alone was ~450 kB; the nine countries' coarse outlines are about 4 kB.
    expect(container.innerHTML.length).toBeLessThan(8000)
  })

  it('puts a dot at each entered position, labelled with the city where one is entered', () => {
    const { container } = renderIn('en', <MembersMap members={placed} />)
    // D has half a position (the admin refuses it): no dot.
    expect(container.querySelectorAll('circle')).toHaveLength(3)
    expect([...container.querySelectorAll('svg text')].map((t) => t.textContent).sort()).toEqual([
      'Beja',
      'Seinäjoki',
    ])
    expect(labelOf(container)[1]).toContain('Points mark the locations of 3 members.')
    expect(container.querySelector('figcaption')).toHaveTextContent(
      messages.en.Members.mapLegendPoints,
    )
  })

  it('places every dot inside the drawing, north above south', () => {
    const { container } = renderIn('en', <MembersMap members={placed} />)
    const dots = [...container.querySelectorAll('circle')].map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
    }))
    for (const { x, y } of dots) {
      expect(x).toBeGreaterThan(0)
      expect(x).toBeLessThan(600)
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(560)
    }
    const [seinajoki, beja] = dots
    expect(seinajoki.y).toBeLessThan(beja.y)
    expect(seinajoki.x).toBeGreaterThan(beja.x)
  })
})
