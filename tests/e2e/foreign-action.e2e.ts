import { type APIRequestContext, expect, test } from '@playwright/test'

import { MARKER } from './fixtures/badInput'
import { message } from './helpers'

/**
 * The no-JavaScript contact form of a page as a browser would post it, filled in with MARKER.
 * Refused before Next reads it, so nothing can be stored: no staff account signs in to count
 * (a sign-in racing another suite's for the same account can end that one's session).
 */
async function contactForm(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text()
  const fields: Record<string, string> = {}
  for (const [, name, value = ''] of html.matchAll(
    /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g,
  ))
    fields[name] = value.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  expect(
    Object.keys(fields).some((name) => name.startsWith('$ACTION_')),
    'the form posts an action',
  ).toBe(true)
  return {
    ...fields,
    startedAt: String(Date.now() - 60_000),
    name: `${MARKER} visitor`,
    email: `${MARKER}@example.org`,
    topic: 'other',
    message: `${MARKER} a message sent from another site`,
    consent: 'on',
  }
}

for (const [locale, path] of [
  ['en', '/en/contact'],
  ['de', '/de/kontakt'],
]) {
  test(`a no-JavaScript contact post from another origin is refused with the error page (${locale})`, async ({
    request,
  }) => {
    const form = await contactForm(request, path)
    for (const origin of ['http://evil.example', 'null']) {
      const response = await request.post(path, {
        headers: { origin, 'x-forwarded-for': '192.0.2.201' },
        multipart: form,
        maxRedirects: 0,
        failOnStatusCode: false,
      })
      const body = await response.text()
      expect(response.status(), `Origin ${origin}`).toBe(403)
      expect(response.headers()['content-type']).toContain('text/html')
      expect(body).toContain(`lang="${locale}"`)
      expect(body).toContain(message(locale, 'Error.title'))
    }
    // An Origin that is no URL at all.
    const junk = await request.post(path, {
      headers: { origin: 'not a url' },
      multipart: form,
      failOnStatusCode: false,
    })
    expect(junk.status()).toBe(400)
  })
}

test('a server action fetched from another origin is refused, not a 500', async ({ request }) => {
  for (const path of ['/en/contact', '/admin']) {
    const response = await request.post(path, {
      headers: {
        origin: 'https://evil.example',
        'next-action': 'deadbeef',
        'content-type': 'text/plain;charset=UTF-8',
      },
      data: '[]',
      failOnStatusCode: false,
    })
    expect(response.status(), path).toBe(403)
  }
})
