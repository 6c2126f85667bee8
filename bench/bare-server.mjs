// The physical limit: Node's own http server answering each path with fixed bytes held in memory.
// `node bench/bare-server.mjs <port> <manifest.json>`; the manifest maps paths to files.
import fs from 'node:fs'
import http from 'node:http'

const [port, manifest] = process.argv.slice(2)
const byPath = new Map(
  Object.entries(JSON.parse(fs.readFileSync(manifest, 'utf8'))).map(([path, file]) => [
    path,
    fs.readFileSync(file),
  ]),
)
http
  .createServer((req, res) => {
    const body = byPath.get(req.url)
    if (!body) return res.writeHead(404).end()
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
    })
    res.end(body)
  })
  .listen(Number(port), '127.0.0.1')
