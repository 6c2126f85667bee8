// Publish → visible: a staff member publishes a new title through the REST API (as the admin
// does) and the script polls the public page, in each locale, until visitors get it.
// Approve → visible: a translator saves a new title as a draft in their language, approves it
// (the admin's approve button, POST /api/translations/approve), and the script polls that
// language's page until visitors get it.
// `node bench/publish-visible.mjs http://127.0.0.1:3100 <admin email> <password> [runs]`
import { pathToFileURL } from 'node:url'

import { staffToken } from './lib/staff.mjs'
import { alternates } from './lib/pages.mjs'

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Median and maximum milliseconds per locale from publish to the page showing the new title. */
export async function publishVisible({ base, headers, locales, runs }) {
  assertLoopback(base)
  const slug = `publish-visible-${Date.now()}`
  const created = await fetch(new URL('/api/press-releases?locale=en', base), {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: 'Publish → visible', slug, _status: 'published' }),
  })
  if (!created.ok) throw new Error(`create failed: ${created.status} ${await created.text()}`)
  const { doc } = await created.json()
  try {
    const enPath = `/en/press/${slug}`
    const paths = alternates(await (await fetch(new URL(enPath, base))).text())
    const timings = Object.fromEntries(locales.map((locale) => [locale, []]))
    for (let run = 0; run < runs; run++) {
      for (const locale of locales) {
        const page = new URL(paths[locale] ?? enPath.replace('/en/', `/${locale}/`), base)
        timings[locale].push(await publishAndWait({ base, headers, doc, locale, page, run }))
      }
    }
    return Object.fromEntries(
      Object.entries(timings).map(([locale, ms]) => [
        locale,
        { runs: ms.length, medianMs: median(ms), maxMs: Math.max(...ms) },
      ]),
    )
  } finally {
    await fetch(new URL(`/api/press-releases/${doc.id}`, base), { method: 'DELETE', headers })
  }
}

async function publishAndWait({ base, headers, doc, locale, page, run }) {
  const title = `Run ${run} ${locale} ${Date.now()}`
  const started = performance.now()
  const saved = await fetch(new URL(`/api/press-releases/${doc.id}?locale=${locale}`, base), {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ title, _status: 'published' }),
  })
  if (!saved.ok) throw new Error(`publish failed: ${saved.status}`)
  for (;;) {
    const html = await (await fetch(page)).text()
    if (html.includes(title)) return performance.now() - started
    if (performance.now() - started > 30_000) throw new Error(`${page} never showed ${title}`)
  }
}

/** The bench's translator, made by the admin (`headers`) for `locales`, signed in. */
async function translatorHeaders(base, headers, locales) {
  const account = {
    email: 'bench-translator@example.eu',
    password: 'bench-translator-password-0123',
  }
  // On a database that has it already this fails, and the sign-in below answers.
  await fetch(new URL('/api/users', base), {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...account, roles: ['translator'], languages: locales }),
  })
  return staffToken(base, account)
}

/**
 * Median and maximum milliseconds per locale from a translator's approval to that language's
 * page showing the approved title (the release is published in English first).
 */
export async function approveVisible({ base, headers, locales, runs }) {
  assertLoopback(base)
  const translator = await translatorHeaders(base, headers, locales)
  const slug = `approve-visible-${Date.now()}`
  const created = await fetch(new URL('/api/press-releases?locale=en', base), {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: 'Approve → visible', slug, _status: 'published' }),
  })
  if (!created.ok) throw new Error(`create failed: ${created.status} ${await created.text()}`)
  const { doc } = await created.json()
  try {
    const timings = Object.fromEntries(locales.map((locale) => [locale, []]))
    for (let run = 0; run < runs; run++) {
      for (const locale of locales) {
        // The English address answers with (or redirects to) the page in that language.
        const page = new URL(`/${locale}/press/${slug}`, base)
        timings[locale].push(await approveAndWait({ base, translator, doc, locale, page, run }))
      }
    }
    return Object.fromEntries(
      Object.entries(timings).map(([locale, ms]) => [
        locale,
        { runs: ms.length, medianMs: median(ms), maxMs: Math.max(...ms) },
      ]),
    )
  } finally {
    await fetch(new URL(`/api/press-releases/${doc.id}`, base), { method: 'DELETE', headers })
  }
}

async function approveAndWait({ base, translator, doc, locale, page, run }) {
  const title = `Approved ${run} ${locale} ${Date.now()}`
  const saved = await fetch(
    new URL(`/api/press-releases/${doc.id}?locale=${locale}&draft=true`, base),
    { method: 'PATCH', headers: translator, body: JSON.stringify({ title }) },
  )
  if (!saved.ok) throw new Error(`translator's draft failed: ${saved.status}`)
  const started = performance.now()
  const approved = await fetch(new URL('/api/translations/approve', base), {
    method: 'POST',
    headers: translator,
    body: JSON.stringify({ collection: 'press-releases', id: doc.id, locale }),
  })
  if (!approved.ok) throw new Error(`approve failed: ${approved.status} ${await approved.text()}`)
  for (;;) {
    const html = await (await fetch(page)).text()
    if (html.includes(title)) return performance.now() - started
    if (performance.now() - started > 30_000) throw new Error(`${page} never showed ${title}`)
  }
}

function assertLoopback(base) {
  if (!['127.0.0.1', 'localhost'].includes(new URL(base).hostname)) throw new Error('loopback only')
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [base = 'http://127.0.0.1:3100', email, password, runs = '5'] = process.argv.slice(2)
  if (!email || !password) throw new Error('usage: publish-visible.mjs <base> <email> <password>')
  const headers = await staffToken(base, { email, password })
  const locales = ['en', 'de', 'cs', 'lt']
  console.log(JSON.stringify(await publishVisible({ base, headers, locales, runs: Number(runs) })))
  const translated = locales.filter((l) => l !== 'en')
  console.log(
    JSON.stringify(
      await approveVisible({ base, headers, locales: translated, runs: Number(runs) }),
    ),
  )
}
