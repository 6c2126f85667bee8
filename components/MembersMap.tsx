import { useFormatter, useLocale, useTranslations } from 'next-intl'
import { preload } from 'react-dom'

import { countryShape } from '@/lib/countryShapes'
import {
  EUROPE_MAP_PATH,
  MAP_HEIGHT as HEIGHT,
  MAP_WIDTH as WIDTH,
  projection,
} from '@/lib/europeMap'
import { countryName } from '@/lib/format'
import type { Institution } from '@/payload-types'

type Member = Pick<Institution, 'id' | 'name' | 'city' | 'country' | 'location'>
type Placed = Member & { location: { lat: number; lng: number } }

const isPlaced = (member: Member): member is Placed =>
  typeof member.location?.lat === 'number' && typeof member.location?.lng === 'number'

/**
 * A static, script-free map: the members' countries tinted on Europe, and a dot (with its city)
 * for each member whose position is entered. A position is shown only once the member has
 * confirmed it (docs/content-sources.md); until then the country, which is known, is all the map
 * claims, and the caption says what the tint means. The SVG is an image with a title and
 * description for screen readers; the equivalent list follows it on the page. The land is a
 * separate, cached image (lib/europeMap.ts) drawn under the rest, so the page carries only the
 * members' countries and dots.
 */
export function MembersMap({ members }: { members: Member[] }) {
  const t = useTranslations('Members')
  const format = useFormatter()
  const locale = useLocale()
  // The land is the page's largest paint, drawn by an SVG <image> the browser's preload scanner
  // does not see: asked for with the HTML at high priority, not after the scripts. The hint also
  // rides in the route's payload, so a visitor reaching for a link to this page fetches the map
  // with it (links prefetch only on intent: components/RouterLinks.client.tsx).
  preload(EUROPE_MAP_PATH, { as: 'image', fetchPriority: 'high' })
  const countries = [...new Set(members.map((m) => m.country))]
  const placed = members.filter(isPlaced)
  const description = [
    t('mapDescription', {
      countries: format.list(countries.map((code) => countryName(code, locale))),
    }),
    placed.length ? t('mapPointsDescription', { count: placed.length }) : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <figure className="members-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="members-map-title members-map-desc"
      >
        <title id="members-map-title">{t('mapTitle')}</title>
        <desc id="members-map-desc">{description}</desc>
        <image href={EUROPE_MAP_PATH} width={WIDTH} height={HEIGHT} />
        {countries.map((code) => {
          const shape = countryShape(code)
          return shape ? <path key={code} className="members-map__country" d={shape} /> : null
        })}
        {placeLabels(placed).map(({ member, x, y, labelX, labelY, anchor }) => (
          <g key={member.id} className="members-map__member">
            <circle cx={x} cy={y} r={7} />
            {member.city ? (
              <text x={labelX} y={labelY} textAnchor={anchor}>
                {member.city}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="members-map__legend">
        <span>
          <span className="members-map__swatch" aria-hidden="true" />
          {t('mapLegendCountries')}
        </span>
        {placed.length ? (
          <span>
            <span className="members-map__dot" aria-hidden="true" />
            {t('mapLegendPoints')}
          </span>
        ) : null}
      </figcaption>
    </figure>
  )
}

/**
 * Puts each city's label on the side away from its nearest neighbour, so close members
 * (Mechelen and Eindhoven, Aalborg and Halmstad) stay readable.
 */
function placeLabels(members: Placed[]) {
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
