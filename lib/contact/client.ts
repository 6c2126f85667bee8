import { headers } from 'next/headers'

import { contactClientKey } from './clientKey'

/** The contact form's action's client key, from the request Next hands it. */
export async function clientKeyFromRequest(): Promise<string> {
  const h = await headers()
  return contactClientKey((name) => h.get(name))
}
