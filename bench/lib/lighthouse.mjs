// Lighthouse (its default mobile preset: emulated phone, simulated slow 4G and CPU) per URL.
import lighthouse from 'lighthouse'

import { startChromium } from './chromium.mjs'

export async function lighthouseRuns(targets, { port, profileDir, log }) {
  const chrome = await startChromium({ port, profileDir, log })
  const results = []
  try {
    for (const { name, url } of targets) {
      const runner = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      })
      const { audits, categories } = runner.lhr
      const summary = audits['resource-summary']?.details?.items ?? []
      const transfer = (type) => summary.find((i) => i.resourceType === type)?.transferSize ?? 0
      results.push({
        name,
        url,
        score: Math.round((categories.performance.score ?? 0) * 100),
        lcpMs: audits['largest-contentful-paint'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        tbtMs: audits['total-blocking-time'].numericValue,
        totalBytes: audits['total-byte-weight'].numericValue,
        scriptBytes: transfer('script'),
        fontBytes: transfer('font'),
        imageBytes: transfer('image'),
        requests: transfer('total')
          ? summary.find((i) => i.resourceType === 'total').requestCount
          : 0,
      })
    }
  } finally {
    chrome.stop()
  }
  return results
}
