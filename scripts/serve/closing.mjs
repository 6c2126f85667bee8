// On a stop, the connections a proxy keeps open to this server must be closed by the proxy, not
// by this server at the instant the proxy sends a request on one: nginx does not send a POST
// again after a reset (docs/deploy.md, "Rolling restart"). So every answer after the signal says
// `Connection: close` (server.mjs sets it on new requests; this, on answers already being made),
// and the proxy's idle connections end on its own keep-alive timeout, shorter than the delay
// before this server closes its idle ones (deploy/nginx.conf).

/** @param {import('node:http').Server} server */
export function trackConnections(server) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  return {
    /** Has each answer still being made close its connection once it is sent. */
    closeAfterAnswers() {
      for (const socket of sockets) {
        // Node's link from a socket to the answer it is writing; `stoppable` and
        // `http-terminator` read it for the same purpose.
        const res = /** @type {any} */ (socket)._httpMessage
        if (res && !res.headersSent) res.setHeader('connection', 'close')
      }
    },
  }
}
