// First-load JavaScript per route, read from a build's own output: the script files each
// prerendered page loads (gzip-compressed as served), and the inline RSC payload it carries.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const gz = (buffer) => zlib.gzipSync(buffer).length

/** Per route pattern (e.g. `/[locale]/press`): its English (or first) prerendered page's JS. */
export function firstLoadJs(nextDir, { skip = /^\/(admin|api|_)/ } = {}) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(nextDir, 'prerender-manifest.json'), 'utf8'),
  )
  const byRoute = new Map()
  for (const [route, info] of Object.entries(manifest.routes)) {
    const src = info.srcRoute ?? route
    if (skip.test(src)) continue
    const html = path.join(nextDir, 'server/app', `${route === '/' ? 'index' : route}.html`)
    if (!fs.existsSync(html)) continue
    const current = byRoute.get(src)
    if (!current || (route.startsWith('/en') && !current.route.startsWith('/en')))
      byRoute.set(src, { route, html })
  }
  return [...byRoute].map(([src, { route, html }]) => ({ src, route, ...measure(nextDir, html) }))
}

function measure(nextDir, htmlFile) {
  const html = fs.readFileSync(htmlFile, 'utf8')
  // `noModule` scripts are polyfills only browsers without ES modules load.
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((m) => !/noModule/i.test(m[0]))
    .map((m) => m[1])
  let jsGzip = 0
  let jsRaw = 0
  for (const src of new Set(scripts)) {
    const rel = src.split('?')[0].replace(/^.*?\/_next\/static\//, '')
    const file = path.join(nextDir, 'static', rel)
    if (!fs.existsSync(file)) continue
    const body = fs.readFileSync(file)
    jsRaw += body.length
    jsGzip += gz(body)
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('')
  return {
    scripts: new Set(scripts).size,
    jsGzip,
    jsRaw,
    inlineScript: Buffer.byteLength(inline),
    inlineScriptGzip: gz(Buffer.from(inline)),
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gz(Buffer.from(html)),
  }
}
