// The benchmark's results as Markdown tables (printed, and written into docs/performance.md).
import { median } from './load.mjs'

const n0 = (v) => (v == null || Number.isNaN(v) ? '–' : Math.round(v).toLocaleString('en'))
const n1 = (v) => (v == null || Number.isNaN(v) ? '–' : v.toFixed(1))
const n2 = (v) => (v == null || Number.isNaN(v) ? '–' : v.toFixed(2))
const kb = (v) => (v == null ? '–' : (v / 1024).toFixed(1))
const mb = (v) => (v == null ? '–' : (v / 1024 / 1024).toFixed(0))

function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

export function renderReport(r) {
  const out = []
  out.push(`Run: ${r.date} · commit \`${r.commit}\` · ${r.machine}`)
  out.push(`Load: ${r.load.connections} connections, ${r.load.duration} s per measurement, after a
${r.load.warmup} s warm-up; the three servers of a row are measured in turn, ${r.load.rounds} round(s),
each figure the median of its rounds; each asked with a browser's \`Accept-Encoding: gzip,
deflate, br\` (the bare server answers with the portal's own brotli bytes of the page); load by
wrk unless a note says otherwise.`)
  if (r.notes.length) out.push(r.notes.map((note) => `- ${note}`).join('\n'))

  out.push('### Throughput and latency (req/s; p50/p99 ms)')
  const enRps = Object.fromEntries(
    r.throughput.filter((t) => t.locale === 'en').map((t) => [t.type, t.portal.rps]),
  )
  out.push(
    table(
      [
        'page',
        'locale',
        'HTML kB',
        '> U+00FF',
        'portal',
        'minimal Next',
        'bare Node',
        'portal ÷ minimal',
        'portal ÷ bare',
        'p99 ÷ minimal p99',
        'locale ÷ en',
        'CPU ms/req portal / minimal / bare',
        'CPU ÷ minimal',
      ],
      r.throughput.map((t) => [
        t.type,
        t.locale,
        kb(t.bytes),
        t.twoByte ? 'yes' : 'no',
        `${n0(t.portal.rps)} (${n1(t.portal.p50)}/${n1(t.portal.p99)})`,
        `${n0(t.minimal.rps)} (${n1(t.minimal.p50)}/${n1(t.minimal.p99)}) ${kb(t.minimal.bytes)} kB`,
        `${n0(t.bare.rps)} (${n1(t.bare.p50)}/${n1(t.bare.p99)})`,
        n2(t.portal.rps / t.minimal.rps),
        n2(t.portal.rps / t.bare.rps),
        n2(t.portal.p99 / t.minimal.p99),
        t.locale === 'en' ? '' : n2(t.portal.rps / enRps[t.type]),
        `${n2(t.portal.cpuMsPerRequest)} / ${n2(t.minimal.cpuMsPerRequest)} / ${n2(t.bare.cpuMsPerRequest)}`,
        n2(t.portal.cpuMsPerRequest / t.minimal.cpuMsPerRequest),
      ]),
    ),
  )
  const failures = r.throughput.filter((t) =>
    ['portal', 'minimal', 'bare'].some((s) => t[s].errors || t[s].non2xx),
  )
  if (failures.length) out.push(`Non-2xx or errors on: ${failures.map((t) => t.id).join(', ')}`)
  if (r.peer) out.push(peerSection(r.peer))
  out.push(
    table(
      ['peak RSS under load (MB)', 'portal', 'minimal Next', 'bare Node', 'portal ÷ minimal'],
      [
        [
          'all pages',
          mb(r.rss.portal),
          mb(r.rss.minimal),
          mb(r.rss.bare),
          n2(r.rss.portal / r.rss.minimal),
        ],
      ],
    ),
  )
  if (r.atRate?.length) {
    out.push(
      `### Each page at ${r.atRate[0].rate} req/s, open loop (p50/p99/max ms from each request's due time; CPU ms per request; peak RSS MB)`,
    )
    const cell = (x) =>
      `${n1(x.p50)}/${n1(x.p99)}/${n0(x.max)}; ${n2(x.cpuMsPerRequest)}; ${mb(x.peakRss)}`
    out.push(
      table(
        [
          'page',
          'locale',
          'portal',
          'minimal Next',
          'bare Node',
          'p99 ÷ minimal p99',
          'CPU ÷ minimal',
          'RSS ÷ minimal',
        ],
        r.atRate.map((t) => [
          t.type,
          t.locale,
          cell(t.portal),
          cell(t.minimal),
          cell(t.bare),
          n2(t.portal.p99 / t.minimal.p99),
          n2(t.portal.cpuMsPerRequest / t.minimal.cpuMsPerRequest),
          n2(t.portal.peakRss / t.minimal.peakRss),
        ]),
      ),
    )
  }
  if (r.encoding.length) {
    out.push('### UTF-8 serving cost: the same page, Latin-1 only or not (minimal app)')
    const base = r.encoding[0].rps
    out.push(
      table(
        [
          'server',
          'page text',
          'HTML kB',
          'req/s (p50/p99 ms)',
          '÷ first row',
          'server CPU ms/request',
        ],
        r.encoding.map((e) => [
          e.name,
          e.text,
          kb(e.bytes),
          `${n0(e.rps)} (${n1(e.p50)}/${n1(e.p99)})`,
          n2(e.rps / base),
          n2(e.cpuMsPerRequest),
        ]),
      ),
    )
  }
  if (r.behindProxy.length) {
    out.push('### Behind the reverse-proxy cache (nginx, one worker, honouring Cache-Control)')
    out.push(
      table(
        ['page', 'nginx cache on a repeat request', 'req/s (p50/p99 ms)', '÷ bare Node'],
        r.behindProxy.map((b) => [
          b.id,
          b.xCache || '–',
          `${n0(b.rps)} (${n1(b.p50)}/${n1(b.p99)})`,
          n2(b.rps / b.bareRps),
        ]),
      ),
    )
  }
  out.push(
    table(
      ['page', 'Cache-Control sent by the portal', 'x-nextjs-cache'],
      r.pages.map((p) => [p.id, `\`${p.cacheControl || '(none)'}\``, p.nextCache || '–']),
    ),
  )

  out.push('### First-load JavaScript per route (gzip, from the build output)')
  const floor = r.firstLoad.minimal[0]?.jsGzip
  out.push(
    table(
      [
        'route',
        'scripts',
        'JS gzip kB',
        '− minimal kB',
        'inline script (RSC) kB / gzip',
        'HTML kB',
      ],
      [
        ...r.firstLoad.portal.map((f) => [
          f.src,
          f.scripts,
          kb(f.jsGzip),
          kb(f.jsGzip - floor),
          `${kb(f.inlineScript)} / ${kb(f.inlineScriptGzip)}`,
          kb(f.htmlBytes),
        ]),
        ...r.firstLoad.minimal.map((f) => [
          `minimal ${f.src}`,
          f.scripts,
          kb(f.jsGzip),
          '0',
          `${kb(f.inlineScript)} / ${kb(f.inlineScriptGzip)}`,
          kb(f.htmlBytes),
        ]),
      ],
    ),
  )

  if (r.lighthouse.length) {
    // Each round measures every page and then the minimal app, so a page's score less the minimal
    // app's in the same round leaves out what changed on the machine from one round to the next.
    const floor = r.lighthouse.find((l) => l.name.startsWith('minimal'))
    const paired = (l) => {
      if (l === floor || !floor?.scores || !l.scores) return '–'
      const diffs = l.scores.map((score, i) => score - floor.scores[i])
      const sign = (v) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0')
      return `${sign(median(diffs))} (${diffs.filter((d) => d >= 0).length} of ${diffs.length})`
    }
    out.push(
      "### Lighthouse (mobile preset, Debian chromium; each run once the servers were idle; the median of each page's scores, the page's score less the minimal app's in the same round (median, and in how many rounds ≥ 0), and the metrics of the run Lighthouse picks as median by FCP and TTI)",
    )
    out.push(
      table(
        [
          'page',
          'median score',
          'score of the median run',
          'all runs',
          '− minimal, same round',
          'LCP ms',
          'CLS',
          'TBT ms',
          'transfer kB',
          'JS kB',
          'font kB',
          'image kB',
          'requests',
        ],
        r.lighthouse.map((l) => [
          l.name,
          l.scores ? median(l.scores) : l.score,
          l.score,
          (l.scores ?? [l.score]).join(', '),
          paired(l),
          n0(l.lcpMs),
          n2(l.cls),
          n0(l.tbtMs),
          kb(l.totalBytes),
          kb(l.scriptBytes),
          kb(l.fontBytes),
          kb(l.imageBytes),
          l.requests,
        ]),
      ),
    )
  }

  if (r.publish) {
    out.push('### Publish → visible (ms, REST publish to the public page showing the new text)')
    out.push(
      table(
        ['locale', 'runs', 'median', 'max'],
        Object.entries(r.publish).map(([l, p]) => [l, p.runs, n0(p.medianMs), n0(p.maxMs)]),
      ),
    )
  }
  if (r.approval) {
    out.push(
      '### Approve → visible (ms, a translator’s approval to that language’s page showing the approved text)',
    )
    out.push(
      table(
        ['locale', 'runs', 'median', 'max'],
        Object.entries(r.approval).map(([l, p]) => [l, p.runs, n0(p.medianMs), n0(p.maxMs)]),
      ),
    )
  }
  if (r.contact) {
    const c = r.contact
    out.push(
      `### Contact POST at ${c.rate} req/s for ${c.seconds} s, ${c.runs.length} run(s) (evenly spaced, open loop; latency from each message's due time; counts summed with a 2 s warm-up's, figures the median run's; each run's p99 ${c.runs.map((run) => n1(run.p99)).join(', ')} ms, and the load generator's own lateness at most ${c.runs.map((run) => n1(run.sentLateMax)).join(', ')} ms)`,
    )
    out.push(
      table(
        [
          'sent',
          'answered 2xx',
          'non-2xx',
          'errors',
          'stored',
          'took s',
          'req/s achieved',
          'p50 ms',
          'p99 ms',
          'max ms',
          'most in flight',
        ],
        [
          [
            c.sent,
            c.ok,
            c.non2xx,
            c.errors,
            c.stored,
            n1(c.tookSeconds),
            n0(c.rps),
            n1(c.p50),
            n1(c.p99),
            n1(c.max),
            c.maxInFlight,
          ],
        ],
      ),
    )
  }
  return out.join('\n\n')
}

/** The portal beside Payload's website template and the floor (bench/lib/template.mjs). */
function peerSection(peer) {
  const cell = (x) =>
    `${n0(x.rps)} (${n1(x.p50)}/${n1(x.p99)}/${n0(x.max)}; ${n2(x.cpuMsPerRequest)})`
  return [
    `### Beside Payload's website template (req/s (p50/p99/max ms; CPU ms/req))`,
    `The template's \`${peer.template.home}\` and \`${peer.template.post}\` against the portal's
English home and press release and the minimal app's copy of them: 50 connections, three rounds
interleaved, medians.`,
    table(
      [
        'page',
        'portal',
        'template',
        'minimal Next',
        'portal ÷ template req/s',
        'p99 ÷ template p99',
        'p99 ÷ minimal p99',
      ],
      peer.rows.map((row) => [
        row.name,
        cell(row.portal),
        cell(row.template),
        cell(row.minimal),
        n2(row.portal.rps / row.template.rps),
        n2(row.portal.p99 / row.template.p99),
        n2(row.portal.p99 / row.minimal.p99),
      ]),
    ),
  ].join('\n\n')
}
