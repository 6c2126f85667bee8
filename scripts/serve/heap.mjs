// How far V8 lets the heap grow past what survived its last full collection before collecting
// again. By default that factor rises to 4 under a high allocation rate, and serving pages
// allocates fast: the old space filled with garbage to ~2.4× the minimal Next app's RSS under
// load. At 1.5 full collections come sooner; measured (docs/performance.md) peak RSS fell by a
// third for 1–5% more CPU per request. V8's own flag, set before the app loads; 0 (from
// HEAP_GROWING_PERCENT, ./settings.mjs) leaves V8's heuristics.
import v8 from 'node:v8'

export function limitHeapGrowth(percent) {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`)
}
