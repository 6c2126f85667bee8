/** @jest-environment node */
import { GET } from '@/app/(frontend)/map/europe.svg/route'
import { europeMapSvg, MAP_HEIGHT, MAP_WIDTH } from '@/lib/europeMap'

describe('the members map’s base image', () => {
  it('is a standalone SVG of the sea and Europe’s land, without text', () => {
    const svg = europeMapSvg()
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain(`viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"`)
    expect(svg).toMatch(/<path d="M[^"]{10000,}"/)
    expect(svg).not.toContain('<text')
  })

  it('draws the land as one shape and each border once', () => {
    const svg = europeMapSvg()
    const paths = [...svg.matchAll(/<path d="([^"]+)"([^>]*)\/>/g)]
    expect(paths).toHaveLength(2)
    expect(paths[1][2]).toContain('fill="none"')
    // Drawn country by country, every shared border was in the file twice (162 kB); with every
    // point of the atlas, points closer than the drawing shows made it 121 kB.
    expect(svg.length).toBeLessThan(60_000)
  })

  it('is served as a cacheable image, the same for every locale', async () => {
    const response = GET()
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    expect(await response.text()).toBe(europeMapSvg())
  })
})
