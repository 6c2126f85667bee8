import { getMessages } from 'next-intl/server'

/**
 * The messages a page hands to client components. Every message given to the client provider is
 * serialized into each page's HTML, so pages pass only the namespaces their client components
 * read (language menu, error boundary and 404 everywhere; the contact form on its page), never the
 * admin's.
 */
export async function clientMessages(...namespaces: string[]) {
  const all = (await getMessages()) as Record<string, unknown>
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]]))
}
