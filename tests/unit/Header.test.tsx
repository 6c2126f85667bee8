import { screen, within } from '@testing-library/react'

import { Footer } from '@/components/Footer'
import { Header } from '@/components/Header'

import { messages, renderIn } from '../helpers/intl'

describe('site navigation', () => {
  it('links every section in the visitor’s language, under its locale', () => {
    renderIn('de', <Header />)
    const nav = screen.getByRole('navigation', { name: messages.de.Navigation.label })
    const links = within(nav).getAllByRole('link')
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/de/mission-statement',
      '/de/flagships',
      '/de/members',
      '/de/partners',
      '/de/press',
      '/de/contact',
    ])
    expect(
      within(nav).getByRole('link', { name: messages.de.Navigation.press }),
    ).toBeInTheDocument()
    expect(screen.getByText('HEROES').closest('a')).toHaveAttribute('href', '/de')
  })

  it('footer carries the EU funding statement and the legal pages', () => {
    renderIn('lt', <Footer />)
    expect(screen.getByText(messages.lt.Footer.fundedBy)).toBeInTheDocument()
    expect(screen.getByText(messages.lt.Footer.disclaimer)).toBeInTheDocument()
    for (const [key, href] of [
      ['privacy', '/lt/privacy'],
      ['accessibility', '/lt/accessibility-statement'],
      ['legalNotice', '/lt/legal-notice'],
    ] as const) {
      expect(screen.getByRole('link', { name: messages.lt.Footer[key] })).toHaveAttribute(
        'href',
        href,
      )
    }
  })
})
