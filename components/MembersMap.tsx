import { geoAzimuthalEqualArea, geoPath } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { useTranslations } from 'next-intl'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries from 'world-atlas/countries-50m.json' with { type: 'json' }

import type { Institution } from '@/payload-types'

type Member = Pick<Institution, 'id' | 'name' | 'city' | 'country' | 'location'>

const WIDTH = 600
const HEIGHT = 560
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

const topology = countries as unknown as Topology<{ countries: GeometryCollection }>
const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>
const projection = geoAzimuthalEqualArea().rotate([-12, -53]).fitSize([WIDTH, HEIGHT], frame)
const path = geoPath(projection).digits(1)
// Drawn once per process: the shapes never change, only the members' dots do.
const land = world.features
  .filter((country) => {
    const [[x0, y0], [x1, y1]] = path.bounds(country)
    return x1 > 0 && x0 < WIDTH && y1 > 0 && y0 < HEIGHT
  })
  .map((country) => path(country) ?? '')
  .join('')

/**
 * A static, script-free map: the members as labelled dots on Europe. The SVG is an image with a
 * title and description for screen readers; the equivalent list follows it on the page.
 */
export function MembersMap({ members }: { members: Member[] }) {
  const t = useTranslations('Members')
  return (
    <figure className="members-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="members-map-title members-map-desc"
      >
        <title id="members-map-title">{t('mapTitle')}</title>
        <desc id="members-map-desc">{t('mapDescription')}</desc>
        <rect width={WIDTH} height={HEIGHT} className="members-map__sea" />
        <path d={land} className="members-map__land" />
        {placeLabels(members).map(({ member, x, y, labelX, labelY, anchor }) => (
          <g key={member.id} className="members-map__member">
            <circle cx={x} cy={y} r={7} />
            <text x={labelX} y={labelY} textAnchor={anchor}>
              {member.city}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  )
}

/**
 * Puts each city's label on the side away from its nearest neighbour, so close members
 * (Mechelen and Eindhoven, Aalborg and Halmstad) stay readable.
 */
function placeLabels(members: Member[]) {
  const points = members.flatMap((member) => {
    const point = projection([member.location.lng, member.location.lat])
    return point ? [{ member, x: point[0], y: point[1] }] : []
  })
  return points.map((p) => {
    const others = points.filter((o) => o !== p)
    const nearest = others.reduce<(typeof points)[number] | undefined>(
      (best, o) =>
        !best || Math.hypot(o.x - p.x, o.y - p.y) < Math.hypot(best.x - p.x, best.y - p.y)
          ? o
          : best,
      undefined,
    )
    const crowded = nearest && Math.hypot(nearest.x - p.x, nearest.y - p.y) < 80
    const left = crowded ? nearest.x > p.x : p.x > WIDTH - 90
    const dy = crowded ? (nearest.y > p.y ? -6 : 16) : 5
    return {
      ...p,
      labelX: left ? p.x - 11 : p.x + 11,
      labelY: p.y + dy,
      anchor: left ? ('end' as const) : ('start' as const),
    }
  })
}
