/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { trackConnections } from '../../scripts/serve/closing.mjs'

/**
 * A keep-alive client asks while the server is answering; halfway, the server is told to stop
 * (or not). Says what the answer's Connection header was and whether the client may reuse it.
 */
async function answerDuringStop(stop: boolean) {
  let startedAnswer: () => void = () => {}
  const answering = new Promise<void>((resolve) => (startedAnswer = resolve))
  const server = http.createServer((_req, res) => {
    startedAnswer()
    setTimeout(() => res.end('ok'), 100)
  })
  const connections = trackConnections(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const agent = new http.Agent({ keepAlive: true })
  try {
    const answer = new Promise<{ connection?: string; reusable: number }>((resolve, reject) => {
      http
        .get({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', agent }, (res) => {
          res.resume()
          res.on('end', () =>
            // The agent files a socket it may reuse right after the answer's end.
            setImmediate(() =>
              resolve({
                connection: res.headers.connection,
                reusable: Object.values(agent.freeSockets).flat().length,
              }),
            ),
          )
        })
        .on('error', reject)
    })
    await answering
    if (stop) connections.closeAfterAnswers()
    return await answer
  } finally {
    agent.destroy()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}

describe('the server stopping', () => {
  it('has an answer already being made close its connection, so the client opens a new one', async () => {
    expect(await answerDuringStop(true)).toEqual({ connection: 'close', reusable: 0 })
  })

  it('otherwise leaves the connection open for the next request', async () => {
    expect(await answerDuringStop(false)).toEqual({ connection: 'keep-alive', reusable: 1 })
  })
})
