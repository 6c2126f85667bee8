import { render, screen } from '@testing-library/react'

import { CmsImage } from '@/components/CmsImage'
import type { Media } from '@/payload-types'

const photo = {
  id: 1,
  url: '/api/media/file/campus.jpg',
  alt: 'Campus in spring',
  width: 2400,
  height: 1600,
  mimeType: 'image/jpeg',
} as Media

describe('an uploaded image', () => {
  it('is a plain img through the image optimizer, sized and lazy', () => {
    render(<CmsImage media={photo} />)
    const img = screen.getByRole('img', { name: 'Campus in spring' })
    expect(img).toHaveAttribute('width', '2400')
    expect(img).toHaveAttribute('height', '1600')
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img.getAttribute('srcset')).toMatch(
      /\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Fcampus\.jpg&w=\d+&q=75 \d+w/,
    )
    expect(img).toHaveAttribute('sizes', '(min-width: 70rem) 70rem, 100vw')
  })

  it('is fetched first, and hinted in the head, when it is the page’s largest paint', () => {
    render(<CmsImage media={photo} priority />)
    const img = screen.getByRole('img', { name: 'Campus in spring' })
    expect(img).toHaveAttribute('loading', 'eager')
    expect(img).toHaveAttribute('fetchpriority', 'high')
    const hint = document.head.querySelector('link[rel="preload"][as="image"]')
    expect(hint?.getAttribute('imagesrcset')).toBe(img.getAttribute('srcset'))
  })

  it('asks the optimizer for an upload on this site by its path, which it accepts', () => {
    // Payload writes the URL in full, on its serverURL (here the development default).
    render(
      <CmsImage media={{ ...photo, url: 'http://localhost:3000/api/media/file/campus.jpg' }} />,
    )
    const img = screen.getByRole('img', { name: 'Campus in spring' })
    expect(img.getAttribute('src')).toMatch(
      /^\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Fcampus\.jpg&/,
    )
  })

  it('leaves another site’s image as it is, and leaves out one whose URL is no URL', () => {
    render(
      <>
        <CmsImage media={{ ...photo, alt: 'elsewhere', url: 'https://cdn.example.eu/a.jpg' }} />
        <CmsImage media={{ ...photo, alt: 'broken', url: 'http://' }} />
      </>,
    )
    expect(screen.getByRole('img', { name: 'elsewhere' }).getAttribute('src')).toContain(
      'url=https%3A%2F%2Fcdn.example.eu%2Fa.jpg',
    )
    expect(screen.queryByRole('img', { name: 'broken' })).toBeNull()
  })

  it('renders nothing for a missing upload or a PDF', () => {
    const { container } = render(
      <>
        <CmsImage media={null} />
        <CmsImage media={3} />
        <CmsImage media={{ ...photo, mimeType: 'application/pdf' }} />
      </>,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
