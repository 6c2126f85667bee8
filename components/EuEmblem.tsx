/** The EU flag: twelve gold stars in a circle on blue (decorative; the text beside it speaks). */
const star = (cx: number, cy: number, r: number) =>
  'M' +
  Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382
    const angle = (Math.PI / 5) * i - Math.PI / 2
    return `${(cx + radius * Math.cos(angle)).toFixed(1)} ${(cy + radius * Math.sin(angle)).toFixed(1)}`
  }).join('L') +
  'Z'

// One path for the twelve stars: it is in every page's footer, so in every page's HTML and its
// payload, and one element is a twelfth of the markup (and of the hydration) twelve polygons were.
const stars = Array.from({ length: 12 }, (_, i) => {
  const angle = (Math.PI / 6) * i
  return star(45 + 20 * Math.cos(angle), 30 + 20 * Math.sin(angle), 3.3)
}).join('')

export function EuEmblem() {
  return (
    <svg viewBox="0 0 90 60" width="60" height="40" aria-hidden="true" focusable="false">
      <rect width="90" height="60" fill="#003399" />
      <path d={stars} fill="#FFCC00" />
    </svg>
  )
}
