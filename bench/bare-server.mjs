// The physical limit: Node's own http server answering each path with fixed bytes held in memory.
// `node bench/bare-server.mjs <port> <manifest.json>`; the manifest maps paths to files. Where a
// file has a `.br` beside it (the portal's own brotli bytes of the page, bench/run.mjs), a client
// accepting brotli gets those, as the portal sends them: the same transfer, at its lowest cost.
import fs from 'node:fs'
import http from 'node:http'

const [port, manifest] = process.argv.slice(2)
const byPath = new Map(
  Object.entries(JSON.parse(fs.readFileSync(manifest, 'utf8'))).map(([path, file]) => [
    path,
    {
      plain: fs.readFileSync(file),
      br: fs.existsSync(`${file}.br`) ? fs.readFileSync(`${file}.br`) : null,
    },
  ]),
)
http
  .createServer((req, res) => {
    const page = byPath.get(req.url)
    if (!page) return res.writeHead(404).end()
    const br = page.br && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')
    const body = br ? page.br : page.plain
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      ...(br ? { 'content-encoding': 'br', vary: 'Accept-Encoding' } : {}),
    })
    res.end(body)
  })
  .listen(Number(port), '127.0.0.1')
