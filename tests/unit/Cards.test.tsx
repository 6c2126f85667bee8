import { screen } from '@testing-library/react'

import { FlagshipCard, MemberCard, PressCard } from '@/components/Cards'
import { FallbackNotice, isFallback } from '@/components/FallbackNotice'

import { messages, renderIn } from '../helpers/intl'

describe('cards', () => {
  it('press card: localized date, link under the locale, heading level', () => {
    renderIn(
      'de',
      <PressCard
        headingLevel={2}
        release={{
          title: 'Hallo',
          slug: 'hallo',
          summary: 'Kurz',
          publishedAt: '2024-06-26T09:00:00.000Z',
          dateConfirmed: true,
        }}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Hallo' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Hallo' })).toHaveAttribute('href', '/de/presse/hallo')
    const time = screen.getByText(/26\. Juni 2024/)
    expect(time).toHaveAttribute('datetime', '2024-06-26T09:00:00.000Z')
  })

  it('press card: no date while no editor has confirmed it', () => {
    const { container } = renderIn(
      'de',
      <PressCard
        release={{
          title: 'Hallo',
          slug: 'hallo',
          summary: 'Kurz',
          publishedAt: '2024-06-26T09:00:00.000Z',
          dateConfirmed: false,
        }}
      />,
    )
    expect(screen.getByRole('heading', { level: 3, name: 'Hallo' })).toBeInTheDocument()
    expect(container.querySelector('time')).toBeNull()
    expect(screen.queryByText(/2024/)).toBeNull()
  })

  it('member card: city and country named in the visitor’s language', () => {
    renderIn(
      'cs',
      <MemberCard
        member={{
          name: 'Halmstad University',
          officialName: null,
          slug: 'halmstad',
          city: 'Halmstad',
          country: 'SE',
          summary: 'S',
        }}
      />,
    )
    expect(screen.getByText('Halmstad, Švédsko')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Halmstad University' })).toHaveAttribute(
      'href',
      '/cs/clenove/halmstad',
    )
  })

  it('flagship card links its detail page with a descriptive name', () => {
    renderIn(
      'en',
      <FlagshipCard
        flagship={{ title: 'HEROES4EVER', slug: 'heroes4ever', tagline: 'Learning' }}
      />,
    )
    expect(screen.getByRole('link', { name: 'Read more about HEROES4EVER' })).toHaveAttribute(
      'href',
      '/en/flagships/heroes4ever',
    )
  })
})

describe('fallback notice', () => {
  it('tells the visitor, in their language, that English is shown', () => {
    renderIn('lt', <FallbackNotice locale="lt" />)
    const note = screen.getByRole('note')
    expect(note).toHaveTextContent(messages.lt.Fallback.notice.replace('{language}', 'lietuvių'))
  })

  it('is needed only where the locale has no translation', () => {
    expect(isFallback('de', ['en', 'de'])).toBe(false)
    expect(isFallback('fi', ['en', 'de'])).toBe(true)
  })
})
