import { geoPath } from 'd3-geo'
import { merge } from 'topojson-client'
import { presimplify, simplify } from 'topojson-simplify'
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification'
import countries from 'world-atlas/countries-50m.json' with { type: 'json' }

import type { CountryCode } from '../fields/countries'
import { fitted, MAP_HEIGHT, MAP_WIDTH } from './europeMap'

/**
 * The atlas (Natural Earth) knows countries by their ISO 3166-1 numeric code, the portal by the
 * alpha-2 one. Kosovo has no ISO code; the atlas names it.
 */
const atlasIds: Record<CountryCode, string> = {
  AL: '008',
  AT: '040',
  BE: '056',
  BG: '100',
  CY: '196',
  CZ: '203',
  DE: '276',
  DK: '208',
  EE: '233',
  ES: '724',
  FI: '246',
  FR: '250',
  GH: '288',
  GR: '300',
  HR: '191',
  HU: '348',
  IE: '372',
  IT: '380',
  KE: '404',
  LT: '440',
  LU: '442',
  LV: '428',
  MT: '470',
  NL: '528',
  PL: '616',
  PT: '620',
  RO: '642',
  RS: '688',
  SE: '752',
  SI: '705',
  SK: '703',
  UA: '804',
  XK: 'Kosovo',
}

type Named = { name?: string }
type Country = Polygon<Named> | MultiPolygon<Named>
type Atlas = Topology<{ countries: GeometryCollection<Named> & { geometries: Country[] } }>

/**
 * Coarser than the base image (lib/europeMap.ts): these shapes travel in the members page's HTML,
 * and a tint laid over the land does not need its coastline. At 0.02 square degrees (about five
 * pixels) and whole pixels, the nine members' countries take about 4 kB instead of 14 kB; the
 * tint strays from the drawn coast by a pixel or two.
 */
const MIN_POINT_WEIGHT = 0.02

let atlas: Atlas | undefined
const shapes = new Map<string, string>()

/**
 * A country's outline as SVG path data in the members map's drawing, or '' where the atlas has no
 * such country or it lies outside the drawing (Kenya, Ghana).
 */
export function countryShape(code: string): string {
  const known = shapes.get(code)
  if (known !== undefined) return known
  atlas ??= simplify(presimplify(countries as unknown as Atlas), MIN_POINT_WEIGHT) as Atlas
  const id = atlasIds[code as CountryCode]
  const geometries = atlas.objects.countries.geometries as Country[]
  const parts = geometries.filter(
    (g) => id !== undefined && (g.id === id || (g.id === undefined && g.properties?.name === id)),
  )
  const edge = 2
  const clipped = fitted().clipExtent([
    [-edge, -edge],
    [MAP_WIDTH + edge, MAP_HEIGHT + edge],
  ])
  const shape = parts.length ? (geoPath(clipped).digits(0)(merge(atlas, parts)) ?? '') : ''
  shapes.set(code, shape)
  return shape
}
