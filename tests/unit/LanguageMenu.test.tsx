import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { LanguageMenu } from '@/components/LanguageMenu'
import { type Locale, localeNames, locales } from '@/i18n/locales'
import { samePageIn } from '@/i18n/pathnames'

import { messages, renderIn } from '../helpers/intl'

const samePage = (pathname: string, params: Record<string, string> = {}) =>
  Object.fromEntries(locales.map((l) => [l, samePageIn(l, pathname, params)])) as Record<
    Locale,
    string
  >

const labels = (locale: keyof typeof messages) => messages[locale].LanguageSwitcher

describe('LanguageMenu', () => {
  it('offers every language by its own name, keeping the page', () => {
    renderIn(
      'en',
      <LanguageMenu
        current="en"
        hrefs={samePage('/members/[slug]', { slug: 'seamk' })}
        labels={labels('en')}
      />,
    )
    const list = screen.getByRole('list', { hidden: true })
    const links = within(list).getAllByRole('link', { hidden: true })
    expect(links.map((a) => a.textContent)).toEqual(locales.map((l) => localeNames[l]))
    const suomi = within(list).getByRole('link', { name: 'Suomi', hidden: true })
    expect(suomi).toHaveAttribute('href', '/fi/jasenet/seamk')
    expect(suomi).toHaveAttribute('lang', 'fi')
    expect(suomi).toHaveAttribute('hreflang', 'fi')
  })

  it('marks the current language and names the control in the visitor’s language', () => {
    renderIn('de', <LanguageMenu current="de" hrefs={samePage('/')} labels={labels('de')} />)
    expect(screen.getByText('Deutsch', { selector: 'summary span' })).toBeInTheDocument()
    const current = screen.getByRole('link', { name: 'Deutsch', hidden: true })
    expect(current).toHaveAttribute('aria-current', 'true')
    expect(current).toHaveAttribute('href', '/de')
    expect(screen.getByRole('link', { name: 'Čeština', hidden: true })).not.toHaveAttribute(
      'aria-current',
    )
  })

  it('is reached first by keyboard and named for screen readers', async () => {
    renderIn('de', <LanguageMenu current="de" hrefs={samePage('/press')} labels={labels('de')} />)
    await userEvent.setup().tab()
    const summary = document.querySelector('summary')
    expect(summary).toHaveFocus()
    expect(summary).toHaveAccessibleName('Sprache wechseln: Deutsch')
    // Opening with Enter is the browser's own <details> behaviour: see tests/e2e.
  })

  it('closes on Escape, returning focus to its summary, and when the visitor goes elsewhere', async () => {
    const user = userEvent.setup()
    renderIn(
      'de',
      <>
        <LanguageMenu current="de" hrefs={samePage('/press')} labels={labels('de')} />
        <a href="#elsewhere">elsewhere</a>
      </>,
    )
    const details = document.querySelector('details')!
    const summary = document.querySelector('summary')!
    const open = () => {
      details.open = true
      screen.getByRole('link', { name: 'Suomi' }).focus()
    }

    open()
    await user.keyboard('{Escape}')
    expect(details.open).toBe(false)
    expect(summary).toHaveFocus()

    open()
    await user.tab({ shift: true })
    expect(details.open).toBe(true)
    await user.click(screen.getByText('elsewhere'))
    expect(details.open).toBe(false)

    open()
    screen.getByText('elsewhere').focus()
    expect(details.open).toBe(false)
  })

  it('tells the switcher which language a visitor picks', async () => {
    const chosen: string[] = []
    renderIn(
      'de',
      <LanguageMenu
        current="de"
        hrefs={samePage('/press')}
        labels={labels('de')}
        onChoose={(l) => chosen.push(l)}
      />,
    )
    const link = screen.getByRole('link', { name: 'Suomi', hidden: true })
    link.addEventListener('click', (event) => event.preventDefault())
    await userEvent.setup().click(link)
    expect(chosen).toEqual(['fi'])
  })
})
