import { screen } from '@testing-library/react'

import { MembersMap } from '@/components/MembersMap'
import { EUROPE_MAP_PATH } from '@/lib/europeMap'
import { institutions } from '@/seed/data/institutions'

import { messages, renderIn } from '../helpers/intl'

const members = institutions.map((m, i) => ({ ...m, id: i + 1 }))

describe('members map', () => {
  it('is one labelled image with a dot and a city label per member', () => {
    const { container } = renderIn('en', <MembersMap members={members} />)
    // jsdom leaves SVG out of its accessibility tree; the browser tests query it by role.
    const map = container.querySelector('svg[role="img"]')!
    const [title, desc] = map
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => document.getElementById(id))
    expect(title).toHaveTextContent(messages.en.Members.mapTitle)
    expect(desc).toHaveTextContent(messages.en.Members.mapDescription)
    expect(container.querySelectorAll('circle')).toHaveLength(9)
    for (const member of members) expect(screen.getByText(member.city)).toBeInTheDocument()
  })

  it('draws the members over the shared base image, without inlining the land', () => {
    const { container } = renderIn('en', <MembersMap members={members} />)
    const image = container.querySelector('svg[role="img"] image')!
    expect(image.getAttribute('href')).toBe(EUROPE_MAP_PATH)
    expect(container.querySelector('path')).toBeNull()
    // The land alone was ~450 kB; nine dots and labels are a few kB.
    expect(container.innerHTML.length).toBeLessThan(5000)
  })

  it('places every member inside the drawing, north above south', () => {
    const { container } = renderIn('en', <MembersMap members={members} />)
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
    const seinajoki = dots[members.findIndex((m) => m.city === 'Seinäjoki')]
    const beja = dots[members.findIndex((m) => m.city === 'Beja')]
    expect(seinajoki.y).toBeLessThan(beja.y)
    expect(seinajoki.x).toBeGreaterThan(beja.x)
  })
})
