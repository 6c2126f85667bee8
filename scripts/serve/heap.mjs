// How far V8 lets the heap grow past what survived its last full collection before collecting
// again. By default that factor rises to 4 under a high allocation rate, and serving pages
// allocates fast: the old space filled with garbage to ~2.4× the minimal Next app's RSS under
// load. At 1.5 full collections come sooner; measured (docs/performance.md) peak RSS fell by a
// third for 2–4% more CPU per request. V8's own flag, set before the app loads; 0 leaves V8's
// heuristics.
import v8 from 'node:v8'

export const DEFAULT_HEAP_GROWING_PERCENT = 50

/** The `HEAP_GROWING_PERCENT` setting, validated: a whole number from 0 to 300. */
export function heapGrowingPercent(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_HEAP_GROWING_PERCENT
  const percent = Number(value)
  if (!Number.isInteger(percent) || percent < 0 || percent > 300)
    throw new Error(
      `HEAP_GROWING_PERCENT must be a whole number from 0 to 300 (0: V8's own heuristics), not "${value}"`,
    )
  return percent
}

export function limitHeapGrowth(value = process.env.HEAP_GROWING_PERCENT) {
  const percent = heapGrowingPercent(value)
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`)
  return percent
}
