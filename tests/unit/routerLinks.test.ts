import { isShown, keptByBrowser, ROUTER_LINK, routerLinkOf } from '@/lib/routerLinks'

// jsdom's document is at http://localhost/ (jest's testEnvironmentOptions default).
function anchor(attributes: Record<string, string>, inner = 'text') {
  const a = document.createElement('a')
  for (const [name, value] of Object.entries(attributes)) a.setAttribute(name, value)
  a.innerHTML = `<span>${inner}</span>`
  document.body.append(a)
  return a
}

afterEach(() => document.body.replaceChildren())

describe('routerLinkOf', () => {
  it('finds the marked link an event happened in, from an element inside it', () => {
    const a = anchor({ href: '/de/presse?page=2', [ROUTER_LINK]: '' })
    expect(routerLinkOf(a.firstElementChild, location)?.href).toBe(
      'http://localhost/de/presse?page=2',
    )
    expect(routerLinkOf(a, location)?.pathname).toBe('/de/presse')
  })

  it('leaves unmarked links, other origins, downloads and other windows to the browser', () => {
    const cases: Record<string, string>[] = [
      { href: '/de/presse' },
      { href: 'https://example.org/de', [ROUTER_LINK]: '' },
      { href: '/de/presse/feed.xml', [ROUTER_LINK]: '', download: '' },
      { href: '/de/presse', [ROUTER_LINK]: '', target: '_blank' },
    ]
    for (const attributes of cases) expect(routerLinkOf(anchor(attributes), location)).toBeNull()
    expect(
      routerLinkOf(anchor({ href: '/de', [ROUTER_LINK]: '', target: '_self' }), location),
    ).not.toBeNull()
  })

  it('ignores events outside any link, and targets that are not elements', () => {
    const p = document.createElement('p')
    document.body.append(p)
    expect(routerLinkOf(p, location)).toBeNull()
    expect(routerLinkOf(document, location)).toBeNull()
    expect(routerLinkOf(null, location)).toBeNull()
  })
})

describe('keptByBrowser', () => {
  it('keeps a click with another button or a modifier key (new tab, new window, download)', () => {
    expect(keptByBrowser(new MouseEvent('click', { button: 0 }))).toBe(false)
    expect(keptByBrowser(new MouseEvent('click', { button: 1 }))).toBe(true)
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'])
      expect(keptByBrowser(new MouseEvent('click', { button: 0, [key]: true }))).toBe(true)
  })

  it('keeps a click another listener already handled', () => {
    const event = new MouseEvent('click', { button: 0, cancelable: true })
    event.preventDefault()
    expect(keptByBrowser(event)).toBe(true)
  })
})

describe('isShown', () => {
  it('is the page in the address bar, whatever the fragment', () => {
    history.replaceState(null, '', '/en/press?page=2')
    expect(isShown(new URL('http://localhost/en/press?page=2#list'), location)).toBe(true)
    expect(isShown(new URL('http://localhost/en/press?page=3'), location)).toBe(false)
    expect(isShown(new URL('http://localhost/en/press'), location)).toBe(false)
    history.replaceState(null, '', '/')
  })
})
