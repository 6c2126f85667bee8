// The rehearsal's scenarios (issue 25, item 1). Each returns its figures; `check` records what
// must hold. Run in order by ./run.mjs on one topology (./topology.mjs).
import { createHash } from 'node:crypto'
import net from 'node:net'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'

import { alternates } from '../../bench/lib/pages.mjs'
import { localeCodes as locales } from '../../i18n/localeCodes.mjs'

import { startLoad } from './load.mjs'
import { BUCKET, S3_KEY, sleep, waitForReady } from './topology.mjs'

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex')
const origins = (t) => ({
  a: `http://127.0.0.1:${t.ports.a}`,
  b: `http://127.0.0.1:${t.ports.b}`,
  nginx: `http://127.0.0.1:${t.ports.nginx}`,
})

/** A published press release, created through A; its page's path in every locale. */
export async function createRelease(t, staff) {
  const { a } = origins(t)
  const slug = `rehearsal-${Date.now()}`
  const created = await fetch(`${a}/api/press-releases?locale=en`, {
    method: 'POST',
    headers: staff,
    body: JSON.stringify({ title: `Rehearsal ${slug}`, slug, _status: 'published' }),
  })
  if (!created.ok) throw new Error(`create: ${created.status} ${await created.text()}`)
  const { doc } = await created.json()
  const found = alternates(await (await fetch(`${a}/en/press/${slug}`)).text())
  const paths = locales.map((locale) => found[locale] ?? `/${locale}/press/${slug}`)
  return { id: doc.id, paths }
}

/**
 * Publishes a new title through A once per locale and measures how long until that locale's page
 * shows it through nginx and directly on B (as bench/publish-visible.mjs does on one instance).
 * Every page is first cached everywhere (nginx, Redis) with the old title.
 */
export async function publishVisible(t, staff, release, check, label) {
  const { a, b, nginx } = origins(t)
  const all = release.paths.flatMap((path) => [`${nginx}${path}`, `${b}${path}`])
  for (let i = 0; i < 2; i++) await Promise.all(all.map((url) => fetch(url).then((r) => r.text())))
  // Until both instances answer every page from their cache as fresh: a render still running in
  // the background when the publish lands can store the old page after the publish expired it,
  // and hide the publish until the next one (seen once in eight runs; docs/deploy.md).
  for (let i = 0; i < 50; i++) {
    const states = await Promise.all(
      [a, b].flatMap((origin) =>
        release.paths.map((path) =>
          fetch(`${origin}${path}`).then((r) =>
            r.text().then(() => r.headers.get('x-nextjs-cache')),
          ),
        ),
      ),
    )
    if (states.every((state) => state === 'HIT')) break
    await sleep(100)
  }
  const nginxMs = []
  const bMs = []
  for (const path of release.paths) {
    const title = `Published ${label} ${path} ${Date.now()}`
    const saved = await fetch(`${a}/api/press-releases/${release.id}?locale=en`, {
      method: 'PATCH',
      headers: staff,
      body: JSON.stringify({ title, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publish: ${saved.status}`)
    const published = performance.now()
    const [viaNginx, viaB] = await Promise.all(
      [nginx, b].map(async (origin) => {
        for (;;) {
          const html = await (await fetch(`${origin}${path}`)).text()
          const ms = performance.now() - published
          if (html.includes(title) || ms > 10_000) return html.includes(title) ? ms : Infinity
          await sleep(20)
        }
      }),
    )
    nginxMs.push(Math.round(viaNginx))
    bMs.push(Math.round(viaB))
  }
  const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]
  const figures = {
    locales: release.paths.length,
    nginxMs,
    bMs,
    nginxMedianMs: median(nginxMs),
    nginxMaxMs: Math.max(...nginxMs),
    bMedianMs: median(bMs),
    bMaxMs: Math.max(...bMs),
  }
  check(
    `${label}: visible through nginx in every locale within 1 s`,
    figures.nginxMaxMs <= 1000,
    figures,
  )
  check(`${label}: visible on B in every locale within 1 s`, figures.bMaxMs <= 1000, figures)
  return figures
}

/**
 * The instances' own page copies (scripts/serve/pageCopy.mjs) never hide a publish: with the
 * press release's pages answered from B's copy (its counter says so), a title published through
 * A is not missing from any answer B or A gives from a copy after the publish returns, in every
 * locale; the first answer of each is checked, and whether it came from a copy is read from the
 * instance's counter around it. A first answer that Next itself rendered or read without the new
 * title is the race docs/deploy.md describes (not the copies'): counted, not asserted, and the
 * page must still show the title within a second. Then the same with the copies warm on A and
 * the publish sent through B.
 */
export async function copiesNeverHidePublish(t, staff, release, check, token) {
  const { a, b } = origins(t)
  const served = async (origin) => {
    const text = await (
      await fetch(`${origin}/api/metrics`, { headers: { authorization: `Bearer ${token}` } })
    ).text()
    return Number(/^heroes_page_copies_served_total (\S+)$/m.exec(text)?.[1] ?? NaN)
  }
  const figures = {
    copiedBefore: {},
    staleFromCopy: [],
    staleFromNext: [],
    notVisibleWithin1s: [],
    locales: release.paths.length,
  }
  for (const [through, other] of [
    [a, b],
    [b, a],
  ]) {
    const name = other === b ? 'B' : 'A'
    // Both caches settled (see publishVisible), then each page asked on `other` until its copy
    // answers it.
    await settledHits([a, b], release.paths)
    const before = await served(other)
    for (let i = 0; i < 3; i++)
      await Promise.all(release.paths.map((path) => fetch(`${other}${path}`).then((r) => r.text())))
    figures.copiedBefore[name] = (await served(other)) - before
    for (const path of release.paths) {
      const title = `Copy check ${name} ${path} ${Date.now()}`
      const saved = await fetch(`${through}/api/press-releases/${release.id}?locale=en`, {
        method: 'PATCH',
        headers: staff,
        body: JSON.stringify({ title, _status: 'published' }),
      })
      if (!saved.ok) throw new Error(`publish: ${saved.status}`)
      // The whole answer, as the admin reads it: Next sends the headers and the body at once and
      // ends the answer only once the expiry is through, on every instance (copySync.mjs).
      await saved.text()
      const published = performance.now()
      for (const origin of [other, through]) {
        const before = await served(origin)
        const html = await (await fetch(`${origin}${path}`)).text()
        if (html.includes(title)) continue
        const fromCopy = (await served(origin)) > before
        ;(fromCopy ? figures.staleFromCopy : figures.staleFromNext).push(`${origin}${path}`)
        for (;;) {
          await sleep(20)
          if ((await (await fetch(`${origin}${path}`)).text()).includes(title)) break
          if (performance.now() - published > 1000) {
            figures.notVisibleWithin1s.push(`${origin}${path}`)
            break
          }
        }
      }
    }
  }
  check(
    "page copies: B's and A's copies answered the pages before the publish",
    figures.copiedBefore.B >= release.paths.length &&
      figures.copiedBefore.A >= release.paths.length,
    figures,
  )
  check(
    'page copies: no answer from a copy after a publish through either instance lacks it, in any locale',
    figures.staleFromCopy.length === 0,
    figures,
  )
  check(
    'page copies: the publish is on both instances within 1 s, in every locale',
    figures.notVisibleWithin1s.length === 0,
    figures,
  )
  return figures
}

/** Waits (at most 5 s) until every page is a fresh hit of Next's cache on every origin. */
async function settledHits(origins, paths) {
  for (let i = 0; i < 50; i++) {
    const states = await Promise.all(
      origins.flatMap((origin) =>
        paths.map((path) =>
          fetch(`${origin}${path}`).then((r) =>
            r.text().then(() => r.headers.get('x-nextjs-cache')),
          ),
        ),
      ),
    )
    if (states.every((state) => state === 'HIT')) return
    await sleep(100)
  }
}

/** An image and a PDF uploaded through A: in the bucket, served through B and nginx. */
export async function uploads(t, staff, check) {
  const { a, b, nginx } = origins(t)
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint: t.env.S3_ENDPOINT,
    forcePathStyle: true,
    credentials: { accessKeyId: S3_KEY, secretAccessKey: S3_KEY },
  })
  const png = await sharp({
    create: { width: 640, height: 400, channels: 3, background: { r: 20, g: 80, b: 160 } },
  })
    .png()
    .toBuffer()
  // The smallest PDF the upload check accepts (as tests/int/uploads.int.test.ts sends).
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
      'xref\n0 3\n0000000000 65535 f \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n0\n%%EOF\n',
  )
  const figures = {}
  for (const [kind, bytes, type, name] of [
    ['image', png, 'image/png', 'rehearsal.png'],
    ['pdf', pdf, 'application/pdf', 'rehearsal.pdf'],
  ]) {
    const form = new FormData()
    form.append('file', new Blob([bytes], { type }), name)
    form.append('_payload', JSON.stringify({ alt: `Rehearsal ${kind}` }))
    const auth = { authorization: staff.authorization, origin: staff.origin }
    const started = performance.now()
    const response = await fetch(`${a}/api/media`, { method: 'POST', headers: auth, body: form })
    const uploadMs = Math.round(performance.now() - started)
    if (!response.ok) throw new Error(`upload ${kind}: ${response.status} ${await response.text()}`)
    const { doc } = await response.json()
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    const keys = (listed.Contents ?? []).map((o) => o.Key)
    const stored = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: doc.filename }))
    const inBucket = Buffer.from(await stored.Body.transformToByteArray())
    const viaB = Buffer.from(
      await (await fetch(`${b}/api/media/file/${doc.filename}`)).arrayBuffer(),
    )
    const viaNginx = Buffer.from(
      await (await fetch(`${nginx}/api/media/file/${doc.filename}`)).arrayBuffer(),
    )
    const sizes = Object.values(doc.sizes ?? {})
      .map((s) => s.filename)
      .filter(Boolean)
    figures[kind] = {
      filename: doc.filename,
      bytes: inBucket.length,
      sizes: sizes.length,
      uploadMs,
    }
    check(
      `${kind}: stored in the bucket`,
      keys.includes(doc.filename) && inBucket.length > 0,
      figures[kind],
    )
    check(
      `${kind}: every generated size in the bucket`,
      sizes.every((s) => keys.includes(s)),
      { sizes, keys: keys.length },
    )
    check(`${kind}: B serves the bucket's bytes`, sha256(viaB) === sha256(inBucket), {})
    check(`${kind}: nginx serves the bucket's bytes`, sha256(viaNginx) === sha256(inBucket), {})
  }
  check('the PDF is stored as sent', figures.pdf.bytes === pdf.length, figures.pdf)
  return figures
}

/** Messages whose address carries `marker`, as the database holds them. */
export async function storedMessages(t, staff, marker) {
  const { a } = origins(t)
  const where = encodeURIComponent(`.${marker}.`)
  const response = await fetch(
    `${a}/api/form-submissions?where[email][contains]=${where}&limit=1&depth=0`,
    { headers: staff },
  )
  if (!response.ok) throw new Error(`count messages: ${response.status}`)
  return (await response.json()).totalDocs
}

/** SIGTERM to A, A back, then SIGTERM to B, B back, all under steady load through nginx. */
export async function rollingRestart(t, staff, check, logs) {
  const { nginx } = origins(t)
  const marker = `rolling${Date.now()}`
  const load = startLoad({ origin: nginx, marker, pagesPerSecond: 20, messagesPerSecond: 4 })
  const steps = {}
  await sleep(2000)
  for (const name of ['a', 'b']) {
    const started = performance.now()
    const exit = await t.stop(name, 'SIGTERM')
    steps[`${name}StoppedMs`] = Math.round(performance.now() - started)
    steps[`${name}Exit`] = exit?.code
    const restarted = performance.now()
    await t.startInstance(name)
    steps[`${name}BackMs`] = Math.round(performance.now() - restarted)
    // The procedure docs/deploy.md gives: the next instance stops only once nginx sends
    // visitors to this one again (it skips an instance for fail_timeout after refusals).
    const pid = t.pid(name)
    const routed = performance.now()
    while (logs(name).filter((l) => l.pid === pid && l.kind === 'page').length < 20) {
      if (performance.now() - routed > 20_000) throw new Error(`nginx sends nothing to ${name}`)
      await sleep(250)
    }
    steps[`${name}RoutedAgainMs`] = Math.round(performance.now() - routed)
  }
  const { pages, messages } = await load.stop()
  const stored = await storedMessages(t, staff, marker)
  const figures = {
    ...steps,
    pagesSent: pages.sent,
    pagesOk: pages.ok,
    messagesSent: messages.sent,
    messagesAcknowledged: messages.stored,
    messagesInDatabase: stored,
    failures: [...pages.failures, ...messages.failures].slice(0, 10),
  }
  check(
    'rolling restart: both instances exit 0 on SIGTERM',
    steps.aExit === 0 && steps.bExit === 0,
    steps,
  )
  check(
    'rolling restart: every page request answered 200',
    pages.failures.length === 0 && pages.ok === pages.sent,
    figures,
  )
  check(
    'rolling restart: every contact message acknowledged and stored',
    messages.failures.length === 0 && messages.stored === messages.sent && stored === messages.sent,
    figures,
  )
  return figures
}

/** Redis stopped: both instances keep serving (degraded, logged), and share again once it is back. */
export async function redisAway(t, staff, release, check, logs) {
  const { a, b, nginx } = origins(t)
  await t.stop('redis', 'SIGTERM')
  const statuses = []
  const started = performance.now()
  let i = 0
  while (performance.now() - started < 3000) {
    const path = `/${locales[i % locales.length]}?redis-away=${i++}`
    statuses.push(
      ...(await Promise.all(
        [a, b, nginx].map((o) =>
          fetch(`${o}${path}`, { signal: AbortSignal.timeout(10_000) }).then(
            (r) => r.arrayBuffer().then(() => (r.status === 200 ? 200 : `${r.status} ${o}${path}`)),
            (e) => `${e.name} ${o}${path}`,
          ),
        ),
      )),
    )
  }
  const degraded = ['a', 'b'].map((name) => logs(name).some((l) => l.state === 'degraded'))
  await t.startRedis()
  // The next requests find Redis again; the handler reconnects on its own.
  const back = performance.now()
  let recoveredMs = Infinity
  while (performance.now() - back < 15_000) {
    await Promise.all([a, b].map((o) => fetch(`${o}/en?redis-back=${i++}`).then((r) => r.text())))
    if (['a', 'b'].every((name) => logs(name).some((l) => l.state === 'ok'))) {
      recoveredMs = Math.round(performance.now() - back)
      break
    }
    await sleep(100)
  }
  const keys = await redisKeys(t.ports.redis)
  const figures = {
    requestsWhileAway: statuses.length,
    non200WhileAway: statuses.filter((s) => s !== 200).length,
    notOk: statuses.filter((s) => s !== 200).slice(0, 5),
    degradedLogged: degraded,
    recoveredMs,
    keysAfterReturn: keys,
  }
  check(
    'Redis away: every request answered 200 by both instances and nginx',
    figures.non200WhileAway === 0,
    figures,
  )
  check('Redis away: both instances log that they serve degraded', degraded.every(Boolean), figures)
  check(
    'Redis back: both instances log that the shared cache is back',
    recoveredMs < Infinity,
    figures,
  )
  check('Redis back: pages are cached in Redis again', keys > 0, figures)
  figures.publishAfterReturn = await publishVisible(
    t,
    staff,
    release,
    check,
    'after Redis returned',
  )
  return figures
}

/** One instance SIGKILLed under load: nginx routes around it; acknowledged messages are stored. */
export async function instanceKilled(t, staff, check) {
  const { nginx } = origins(t)
  const marker = `killed${Date.now()}`
  const load = startLoad({ origin: nginx, marker, pagesPerSecond: 20, messagesPerSecond: 4 })
  await sleep(2000)
  await t.stop('b', 'SIGKILL')
  await sleep(4000)
  const { pages, messages } = await load.stop()
  const stored = await storedMessages(t, staff, marker)
  const figures = {
    pagesSent: pages.sent,
    pagesOk: pages.ok,
    messagesSent: messages.sent,
    messagesAcknowledged: messages.stored,
    messagesInDatabase: stored,
    failures: [...pages.failures, ...messages.failures].slice(0, 10),
  }
  check(
    'B killed: every page request answered 200 (nginx retries on A)',
    pages.failures.length === 0,
    figures,
  )
  check('B killed: every acknowledged message is stored', stored >= messages.stored, figures)
  // A message in flight on B when it died gets a 502 from nginx (a POST is not sent twice):
  // the visitor is told it failed and keeps the text; it must not have been stored either.
  check(
    'B killed: a message is either acknowledged and stored or refused and not stored',
    stored === messages.stored && messages.stored + messages.failures.length === messages.sent,
    figures,
  )
  return figures
}

/** Keys in Redis (DBSIZE), asked over the wire. */
function redisKeys(port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('DBSIZE\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(Number(/:(\d+)/.exec(String(data))?.[1] ?? NaN))
    })
    socket.once('error', reject)
  })
}

export { waitForReady }
