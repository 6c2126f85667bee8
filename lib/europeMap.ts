import { geoAzimuthalEqualArea, geoPath } from 'd3-geo'
import type { Feature } from 'geojson'
import { merge, mesh } from 'topojson-client'
import { presimplify, simplify } from 'topojson-simplify'
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification'
import countries from 'world-atlas/countries-50m.json' with { type: 'json' }

export const MAP_WIDTH = 600
export const MAP_HEIGHT = 560

/** Where the base map is served (app/(frontend)/map/europe.svg/route.ts). */
export const EUROPE_MAP_PATH = '/map/europe.svg'

// Europe from Portugal to Finland: a lon/lat window whose outline frames the projection.
const frame: Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPoint',
    coordinates: [
      [-11, 35],
      [33, 35],
      [-11, 70],
      [33, 70],
    ],
  },
}

/** A fresh projection of the drawing (each caller may clip its own). */
export const fitted = () =>
  geoAzimuthalEqualArea().rotate([-12, -53]).fitSize([MAP_WIDTH, MAP_HEIGHT], frame)

export const projection = fitted()

/**
 * The atlas draws coastlines finer than this map can show: at its scale (about 16 pixels to a
 * degree) a point whose triangle with its neighbours covers under 0.004 square degrees, about one
 * pixel, is dropped (Visvalingam's method, in the atlas' own degrees). The file halves (121 → 54
 * kB, 45 → 22 kB gzip) and the drawing does not change visibly at twice its size. The map is the
 * members page's largest paint: on a slow connection it now shows sooner.
 */
const MIN_POINT_WEIGHT = 0.004

/**
 * Europe's land and the borders between countries, cut at the drawing's edge (just outside it, so
 * the cut never shows): what lies beyond the frame (most of Russia, Africa, Greenland) would
 * triple the file. Land is one merged shape and each border is drawn once; drawn country by
 * country, every border was in the file twice (162 → 121 kB, 58 → 45 kB gzip).
 */
function landAndBorders(): { land: string; borders: string } {
  // Every country in the atlas is a polygon or a multipolygon.
  const atlas = countries as unknown as Topology<{
    countries: GeometryCollection & { geometries: (Polygon | MultiPolygon)[] }
  }>
  const topology = simplify(presimplify(atlas), MIN_POINT_WEIGHT) as typeof atlas
  const edge = 2
  const clipped = fitted().clipExtent([
    [-edge, -edge],
    [MAP_WIDTH + edge, MAP_HEIGHT + edge],
  ])
  const path = geoPath(clipped).digits(1)
  return {
    land: path(merge(topology, topology.objects.countries.geometries)) ?? '',
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
  }
}

/**
 * The base map as a standalone SVG document: sea and land, no text, so one file serves every
 * locale and browsers and CDNs cache it. Its colours are the site's (styles.css
 * `.members-map`), written as attributes because page CSS does not reach an image.
 */
export function europeMapSvg(): string {
  const { land, borders } = landAndBorders()
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" ` +
    `width="${MAP_WIDTH}" height="${MAP_HEIGHT}">` +
    `<rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#dce8f3"/>` +
    `<path d="${land}" fill="#fdfdfb" stroke="#9aabbf" stroke-width="0.6"/>` +
    `<path d="${borders}" fill="none" stroke="#9aabbf" stroke-width="0.8"/>` +
    `</svg>`
  )
}
