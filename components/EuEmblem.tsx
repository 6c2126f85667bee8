/** The EU flag: twelve gold stars in a circle on blue (decorative; the text beside it speaks). */
const star = (cx: number, cy: number, r: number) =>
  Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382
    const angle = (Math.PI / 5) * i - Math.PI / 2
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`
  }).join(' ')

const stars = Array.from({ length: 12 }, (_, i) => {
  const angle = (Math.PI / 6) * i
  return star(45 + 20 * Math.cos(angle), 30 + 20 * Math.sin(angle), 3.3)
})

export function EuEmblem() {
  return (
    <svg viewBox="0 0 90 60" width="60" height="40" aria-hidden="true" focusable="false">
      <rect width="90" height="60" fill="#003399" />
      {stars.map((points) => (
        <polygon key={points} points={points} fill="#FFCC00" />
      ))}
    </svg>
  )
}
