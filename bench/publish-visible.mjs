// Publish → visible: an editor publishes a new title through the REST API (as the admin does) and
// the script polls the public page until visitors get it. Loopback only; prints each run and the
// median. `node bench/publish-visible.mjs http://127.0.0.1:3100 <editor email> <password> [runs]`
const [base = 'http://127.0.0.1:3100', email, password, runs = '7'] = process.argv.slice(2)
const origin = new URL(base)
if (!['127.0.0.1', 'localhost'].includes(origin.hostname)) throw new Error('loopback only')
if (!email || !password) throw new Error('usage: publish-visible.mjs <base> <email> <password>')

const json = { 'content-type': 'application/json', origin: origin.origin }
const login = await fetch(new URL('/api/users/login', base), {
  method: 'POST',
  headers: json,
  body: JSON.stringify({ email, password }),
})
if (!login.ok) throw new Error(`login failed: ${login.status}`)
const { token } = await login.json()
const auth = { ...json, authorization: `JWT ${token}` }

const slug = `publish-visible-${Date.now()}`
const created = await fetch(new URL('/api/press-releases?locale=en', base), {
  method: 'POST',
  headers: auth,
  body: JSON.stringify({ title: 'Publish → visible', slug, _status: 'published' }),
})
if (!created.ok) throw new Error(`create failed: ${created.status} ${await created.text()}`)
const { doc } = await created.json()

const timings = []
for (let run = 0; run < Number(runs); run++) {
  for (const locale of ['en', 'de']) {
    const title = `Run ${run} ${locale} ${Date.now()}`
    const started = performance.now()
    const saved = await fetch(new URL(`/api/press-releases/${doc.id}?locale=${locale}`, base), {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`publish failed: ${saved.status}`)
    const page = new URL(`/${locale}/press/${slug}`, base)
    for (;;) {
      const html = await (await fetch(page)).text()
      if (html.includes(title)) break
      if (performance.now() - started > 30_000) throw new Error(`${page} never showed ${title}`)
    }
    const ms = performance.now() - started
    timings.push(ms)
    console.log(`${locale} run ${run}: ${ms.toFixed(0)} ms`)
  }
}
await fetch(new URL(`/api/press-releases/${doc.id}`, base), { method: 'DELETE', headers: auth })
timings.sort((a, b) => a - b)
const median = timings[Math.floor(timings.length / 2)]
console.log(
  JSON.stringify({
    runs: timings.length,
    medianMs: Math.round(median),
    maxMs: Math.round(timings.at(-1)),
  }),
)
