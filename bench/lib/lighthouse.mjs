// Lighthouse (its default mobile preset: emulated phone, simulated slow 4G and CPU) per URL,
// several rounds over all URLs, every score kept and the median run's metrics (Lighthouse's own
// pick, by FCP and TTI): one run of a page on a shared 2-core machine varied by ten points.
// Each run starts once the servers are idle (`beforeEach`): the simulated CPU slowdown
// multiplies the main-thread tasks the browser recorded, so a server still busy after the step
// before (a load run's garbage collection) lowered whichever page was being measured.
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'

import { startChromium } from './chromium.mjs'

export async function lighthouseRuns(
  targets,
  { port, profileDir, log, rounds = 7, beforeEach = async () => {} },
) {
  const chrome = await startChromium({ port, profileDir, log })
  const results = []
  try {
    const runs = targets.map(() => [])
    for (let round = 0; round < rounds; round++)
      for (const [i, { url }] of targets.entries()) {
        await beforeEach()
        const runner = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        })
        runs[i].push(runner.lhr)
      }
    for (const [i, { name, url }] of targets.entries()) {
      const { audits, categories } = computeMedianRun(runs[i])
      const scores = runs[i].map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100))
      const summary = audits['resource-summary']?.details?.items ?? []
      const transfer = (type) =>
        summary.find((item) => item.resourceType === type)?.transferSize ?? 0
      results.push({
        name,
        url,
        score: Math.round((categories.performance.score ?? 0) * 100),
        scores,
        lcpMs: audits['largest-contentful-paint'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        tbtMs: audits['total-blocking-time'].numericValue,
        totalBytes: audits['total-byte-weight'].numericValue,
        scriptBytes: transfer('script'),
        fontBytes: transfer('font'),
        imageBytes: transfer('image'),
        requests: transfer('total')
          ? summary.find((item) => item.resourceType === 'total').requestCount
          : 0,
      })
    }
  } finally {
    chrome.stop()
  }
  return results
}
