import { headers } from 'next/headers'

/** Who is sending, for rate limiting: the first address a trusted proxy recorded. */
export async function clientKeyFromRequest(): Promise<string> {
  const h = await headers()
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown'
}
