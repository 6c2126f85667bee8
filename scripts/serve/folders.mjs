// A locale's own address in its words (`/cs/tisk/x`) is served from the app's folder
// (`/cs/press/x`): mapped here, before Next routes the request, as next.config's rewrites map it
// in `next dev` (next.config.ts says why not in production).
import { folderPath } from '../../i18n/routes.mjs'
import { filteredFolder } from '../../lib/events/filterQuery.mjs'

/**
 * Set on a mapped request to the address it was mapped from. proxy.ts's matcher skips requests
 * that carry it: the address was already its locale's own, and the folder's path
 * (`/cs/press/x`) would otherwise be redirected back to it. A visitor's own is dropped.
 */
export const MAPPED_FROM = 'x-heroes-mapped-from'

/** Rewrites `req.url` in place when the path is a localized address; true when it did. */
export function mapToFolder(req, res) {
  delete req.headers[MAPPED_FROM]
  const url = req.url ?? '/'
  const query = url.indexOf('?')
  const pathname = query < 0 ? url : url.slice(0, query)
  const localized = folderPath(pathname)
  // A filtered events list is served from its normalized path (lib/events/filterQuery.mjs). An
  // English address is its own folder; another locale's folder path goes on to the proxy's redirect.
  const own = localized ?? (pathname.startsWith('/en/') ? pathname : null)
  const filtered = own && filteredFolder(own, query < 0 ? '' : url.slice(query))
  const folder = filtered ?? localized
  if (!folder) return false
  req.headers[MAPPED_FROM] = pathname
  req.url = query < 0 ? folder : folder + url.slice(query)
  // As Next's own rewrite does for the client router's requests: the path the tree is for.
  if (req.headers.rsc === '1') res.setHeader('x-nextjs-rewritten-path', folder)
  // Next builds some redirects from the URL it was given (a navigation whose `_rsc` does not
  // match its headers is sent to the right one): they go to the address, not the folder.
  const setHeader = res.setHeader
  res.setHeader = function (name, value) {
    const moved =
      typeof value === 'string' &&
      name.toLowerCase() === 'location' &&
      (value === folder || value.startsWith(`${folder}?`))
    return setHeader.call(this, name, moved ? pathname + value.slice(folder.length) : value)
  }
  return true
}
