import { screen, within } from '@testing-library/react'

import { Footer } from '@/components/Footer'
import { Header } from '@/components/Header'
import { SearchBox } from '@/components/SearchBox'
import { ROUTER_LINK } from '@/lib/routerLinks'

import { messages, renderIn } from '../helpers/intl'

describe('site navigation', () => {
  it('links every section in the visitor’s language, under its locale', () => {
    renderIn('de', <Header pages={{ 'mission-statement': 'leitbild' }} />)
    const nav = screen.getByRole('navigation', { name: messages.de.Navigation.label })
    const links = within(nav).getAllByRole('link')
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/de/leitbild',
      '/de/leuchtturmprojekte',
      '/de/mitglieder',
      '/de/partner',
      '/de/presse',
      '/de/veranstaltungen',
      '/de/angebote',
      '/de/kontakt',
    ])
    expect(
      within(nav).getByRole('link', { name: messages.de.Navigation.press }),
    ).toBeInTheDocument()
    expect(screen.getByText('HEROES').closest('a')).toHaveAttribute('href', '/de')
    // Plain links, handed to the client router by the layout's one listener (RouterLinks).
    for (const link of [...links, screen.getByText('HEROES').closest('a')!])
      expect(link).toHaveAttribute(ROUTER_LINK)
  })

  it('the header’s search and the search page’s are each labelled and named on their own', () => {
    // The search page shows both, with an empty query before the visitor types one.
    renderIn(
      'cs',
      <>
        <Header pages={{}} />
        <SearchBox query="" />
      </>,
    )
    const boxes = screen.getAllByRole('searchbox', { name: messages.cs.Search.label })
    expect(boxes).toHaveLength(2)
    expect(new Set(boxes.map((box) => box.id)).size).toBe(2)
    // The header's button is a magnifier: its name is still the word.
    expect(screen.getAllByRole('button', { name: messages.cs.Search.submit })).toHaveLength(2)
  })

  it('footer carries the EU funding statement and the legal pages', () => {
    renderIn(
      'lt',
      <Footer pages={{ privacy: 'privatumas', 'legal-notice': 'teisine-informacija' }} />,
    )
    expect(screen.getByText(messages.lt.Footer.fundedBy)).toBeInTheDocument()
    expect(screen.getByText(messages.lt.Footer.disclaimer)).toBeInTheDocument()
    for (const [key, href] of [
      ['privacy', '/lt/privatumas'],
      // A page not (yet) translated keeps its English slug.
      ['accessibility', '/lt/accessibility-statement'],
      ['legalNotice', '/lt/teisine-informacija'],
    ] as const) {
      expect(screen.getByRole('link', { name: messages.lt.Footer[key] })).toHaveAttribute(
        'href',
        href,
      )
    }
  })
})
